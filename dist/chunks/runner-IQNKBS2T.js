import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  readLocustCsv,
  readLocustRequests
} from "./chunk-APMYEXRW.js";
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
import {
  measuredRequests
} from "./chunk-IEL6FNXH.js";
import "./chunk-HMXL2AK5.js";

// src/engine/locust/runner.ts
import { stat } from "node:fs/promises";
import { delimiter, dirname, join } from "node:path";

// src/engine/locust/plan.ts
var PACED_WAITS = /* @__PURE__ */ new Set(["constant_pacing", "constant_throughput"]);
function locustfileLoadModel(source) {
  const waits = [...source.matchAll(/\bwait_time\s*=\s*([\w.]+)\s*\(/g)].map((m) => m[1].split(".").pop());
  const paced = waits.filter((w) => PACED_WAITS.has(w)).length;
  if (paced === 0) return "closed";
  return paced === waits.length ? "open" : "unknown";
}
function loadFlags(extraArgs) {
  const has = (...names) => extraArgs.some((a) => names.some((n) => a === n || a.startsWith(`${n}=`)));
  const users = flagValue(extraArgs, "-u", "--users") ?? "10";
  return [
    ...has("-u", "--users") ? [] : ["-u", users],
    ...has("-r", "--spawn-rate") ? [] : ["-r", users],
    ...has("-t", "--run-time") ? [] : ["-t", "30s"]
  ];
}
function flagValue(args, short, long) {
  for (const [i, a] of args.entries()) {
    if (a === short || a === long) return args[i + 1];
    if (a.startsWith(`${long}=`)) return a.slice(long.length + 1);
  }
  return void 0;
}

// src/engine/locust/runner.ts
var LOCUST_INSTALL = "Install Locust (Debian/Ubuntu: sudo apt-get install -y python3-locust; or pip install locust) or give its path (locust-path / --locust).";
var LOCUST_REQUESTS_FAILED = 1;
var prepareLocust = async (locustfile, given, env = process.env) => {
  const executable = await findExecutable("locust", given, LOCUST_INSTALL, env);
  const loadModel = locustfileLoadModel(await readText(locustfile));
  return {
    loadModel,
    run: (options, index, total, deps) => runLocustOnce(options, { executable, loadModel }, index, total, deps)
  };
};
async function runLocustOnce(options, prepared, index, total, deps = {}) {
  const what = runTitle(options.label, "locust", index, total);
  const prefix = join(options.outDir, `run-${index}`);
  const requestsFile = `${prefix}_requests.jsonl`;
  const module = supportFile("perf_gate_requests.py");
  const env = options.processEnv ?? process.env;
  const outcome = await runTool(
    {
      what,
      tool: "locust",
      command: prepared.executable,
      args: [
        "-f",
        `${options.script},${module}`,
        "--headless",
        ...loadFlags(options.extraArgs),
        ...options.targetUrl === void 0 ? [] : ["--host", options.targetUrl],
        "--csv",
        prefix,
        "--only-summary",
        ...options.extraArgs
      ],
      // a locustfile may `import perf_gate_requests` itself
      env: { ...env, PYTHONPATH: [dirname(module), env.PYTHONPATH].filter(Boolean).join(delimiter) },
      timeoutMs: options.timeoutMs,
      outDir: options.outDir,
      freshFile: requestsFile
    },
    deps
  );
  if (outcome.exitCode !== 0 && outcome.exitCode !== LOCUST_REQUESTS_FAILED) {
    throw new ToolError(
      `${what} failed with exit code ${outcome.exitCode}${outputTail(outcome, "locust")}`,
      outcome.exitCode
    );
  }
  const read = {
    warmupSeconds: options.warmupSeconds,
    loadModel: prepared.loadModel,
    loadModelSource: "locust-plan",
    targetUrl: options.targetUrl
  };
  const result = await hasContent(requestsFile) ? await readLocustRequests(requestsFile, read) : await readStatsOrExplain(`${prefix}_stats.csv`, read, what, outcome);
  if (outcome.exitCode === LOCUST_REQUESTS_FAILED && measuredRequests(result).failed === 0) {
    throw new ToolError(
      `${what} failed with exit code 1 and no failed request${outputTail(outcome, "locust")}`,
      1
    );
  }
  logMeasured(deps, what, result, "requests", outcome);
  return result;
}
async function hasContent(path) {
  try {
    return (await stat(path)).size > 0;
  } catch {
    return false;
  }
}
async function readStatsOrExplain(path, read, what, outcome) {
  if (!await hasContent(path)) {
    throw new ToolError(
      `${what} wrote no results (${path})${outputTail(outcome, "locust")}`,
      outcome.exitCode
    );
  }
  return await readLocustCsv(path, read);
}
export {
  prepareLocust
};
