import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  readJtlCsv
} from "./chunk-RZLWYPBF.js";
import "./chunk-MWCUCVEZ.js";
import "./chunk-DM32MEN3.js";
import {
  ToolError,
  findExecutable,
  logMeasured,
  outputTail,
  readText,
  runTool,
  supportFile
} from "./chunk-A4AMVD5E.js";
import "./chunk-5EQLK7LG.js";
import "./chunk-PM2Z6TSB.js";
import "./chunk-RHZWF6LV.js";
import "./chunk-T7OUTNJ3.js";
import "./chunk-JTRRB6RP.js";
import "./chunk-3GBNS6AV.js";
import "./chunk-KXACUDTB.js";
import {
  runTitle
} from "./chunk-R6BXLMDH.js";
import "./chunk-PJLTGONB.js";
import "./chunk-IEL6FNXH.js";
import "./chunk-HMXL2AK5.js";

// src/engine/jmeter/runner.ts
import { access } from "node:fs/promises";
import { join } from "node:path";

// src/engine/jmeter/plan.ts
var PACING_TIMERS = [
  "ConstantThroughputTimer",
  "PreciseThroughputTimer",
  "kg.apc.jmeter.timers.VariableThroughputTimer"
];
var ARRIVALS_GROUPS = [
  "com.blazemeter.jmeter.threads.arrivals.ArrivalsThreadGroup",
  "com.blazemeter.jmeter.threads.arrivals.FreeFormArrivalsThreadGroup"
];
var LOOPING_GROUPS = [
  "ThreadGroup",
  "com.blazemeter.jmeter.threads.concurrency.ConcurrencyThreadGroup",
  "kg.apc.jmeter.threads.UltimateThreadGroup",
  "kg.apc.jmeter.threads.SteppingThreadGroup"
];
function planLoadModel(plan) {
  const enabled = [...plan.matchAll(/<[\w.]+\s[^>]*testclass="([\w.]+)"[^>]*enabled="true"/g)].map(
    (m) => m[1]
  );
  const timer = enabled.find((e) => PACING_TIMERS.includes(e));
  if (timer !== void 0)
    return { loadModel: "open", reason: `${timer} paces arrivals, so the load model is open` };
  const arrivals = enabled.find((e) => ARRIVALS_GROUPS.includes(e));
  if (arrivals === void 0) return { loadModel: "closed" };
  const looping = enabled.find((e) => LOOPING_GROUPS.includes(e));
  return looping === void 0 ? { loadModel: "open", reason: `${arrivals} paces arrivals, so the load model is open` } : {
    loadModel: "unknown",
    reason: `${arrivals} paces arrivals beside a looping ${looping}: the load model is neither open nor closed (set load-model)`
  };
}
function targetProperties(url) {
  const u = new URL(url);
  const protocol = u.protocol.replace(/:$/, "");
  return {
    protocol,
    host: u.hostname.replace(/^\[|\]$/g, ""),
    port: u.port || (protocol === "https" ? "443" : "80"),
    basePath: u.pathname.replace(/\/+$/, "")
  };
}

// src/engine/jmeter/runner.ts
var JMETER_INSTALL = "Install JMeter (Debian/Ubuntu: sudo apt-get install -y jmeter; or an Apache JMeter release from https://jmeter.apache.org) or give its path (jmeter-path / --jmeter).";
var prepareJmeter = async (plan, given, env = process.env) => {
  const executable = await findExecutable("jmeter", given, JMETER_INSTALL, env);
  const { loadModel, reason } = planLoadModel(await readText(plan));
  const warnings = reason === void 0 ? [] : [`${plan}: ${reason}`];
  const launch = await jmeterLaunch(executable);
  return {
    loadModel,
    run: (options, index, total, deps) => runJmeterOnce(options, { launch, loadModel, warnings }, index, total, deps)
  };
};
async function jmeterLaunch(executable) {
  const script = (await readText(executable)).slice(0, 64 * 1024);
  const home = /-Djmeter\.home=(\S+)\s+org\.apache\.jmeter\.NewDriver/.exec(script)?.[1];
  if (home === void 0) return { command: executable, prefix: [] };
  const bsh = "/usr/share/java/bsh.jar";
  try {
    await access(bsh);
  } catch {
    throw new Error(
      `${executable} is Debian's JMeter, which needs BeanShell (${bsh}): sudo apt-get install -y libbsh-java`
    );
  }
  return {
    command: "java",
    prefix: [
      `-Djmeter.home=${home}`,
      "-cp",
      `${home}/bin/ApacheJMeter.jar:${home}/lib/ext/*:${home}/lib/*:${bsh}`,
      "bsh.Interpreter",
      supportFile("jmeter-open-xstream.bsh")
    ]
  };
}
async function runJmeterOnce(options, prepared, index, total, deps = {}) {
  const what = runTitle(options.label, "jmeter", index, total);
  const jtl = join(options.outDir, `run-${index}.jtl`);
  const target = options.targetUrl === void 0 ? {} : targetProperties(options.targetUrl);
  const args = [
    ...prepared.launch.prefix,
    "-n",
    "-t",
    options.script,
    "-l",
    jtl,
    "-j",
    join(options.outDir, `run-${index}.log`),
    "-Jjmeter.save.saveservice.output_format=csv",
    "-Jjmeter.save.saveservice.print_field_names=true",
    "-Jjmeter.save.saveservice.timestamp_format=ms",
    // no UDP shutdown listener on a fixed port (runs in parallel jobs would collide)
    "-Jjmeterengine.nongui.port=0",
    ...Object.entries(target).map(([name, value]) => `-J${name}=${value}`),
    ...options.extraArgs
  ];
  const outcome = await runTool(
    {
      what,
      tool: "jmeter",
      command: prepared.launch.command,
      args,
      env: options.processEnv,
      timeoutMs: options.timeoutMs,
      outDir: options.outDir,
      freshFile: jtl
    },
    deps
  );
  const planError = [...outcome.stdoutTail, ...outcome.stderrTail].find(
    (l) => /Error in NonGUIDriver/.test(l)
  );
  if (outcome.exitCode !== 0 || planError !== void 0) {
    throw new ToolError(
      `${what} failed${outcome.exitCode !== 0 ? ` with exit code ${outcome.exitCode}` : ""}${outputTail(outcome, "jmeter")}`,
      outcome.exitCode
    );
  }
  try {
    await access(jtl);
  } catch {
    throw new ToolError(
      `${what} wrote no results file ${jtl} (JMeter exits 0 even when it could not load the plan)${outputTail(outcome, "jmeter")}`,
      outcome.exitCode
    );
  }
  const result = await readJtlCsv(jtl, {
    warmupSeconds: options.warmupSeconds,
    loadModel: prepared.loadModel,
    loadModelSource: "jmeter-plan",
    targetUrl: options.targetUrl
  });
  result.warnings.push(...prepared.warnings);
  logMeasured(deps, what, result, "samples", outcome);
  return result;
}
export {
  prepareJmeter
};
