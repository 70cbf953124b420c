import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { readJtlCsv } from '../../results/jtl-csv.ts';
import type { LoadModel, RunResult } from '../../results/types.ts';
import type { ToolDependencies, ToolPreparer, ToolRunOptions } from '../external-tool.ts';
import { findExecutable, logMeasured, readText, runTool, supportFile, ToolError } from '../external-tool.ts';
import { outputTail } from '../k6/process.ts';
import { runTitle } from '../logger.ts';
import { planLoadModel, targetProperties } from './plan.ts';

const JMETER_INSTALL =
  'Install JMeter (Debian/Ubuntu: sudo apt-get install -y jmeter; or an Apache JMeter release from ' +
  'https://jmeter.apache.org) or give its path (jmeter-path / --jmeter).';

/** How to start JMeter: its own launcher, or Debian's JMeter 2.13 through perf-gate's XStream launcher. */
export interface JmeterLaunch {
  command: string;
  /** arguments before JMeter's own */
  prefix: string[];
}

/** Finds JMeter (a given path or PATH), picks how to start it, and reads the plan's load model. */
export const prepareJmeter: ToolPreparer = async (plan, given, env = process.env) => {
  const executable = await findExecutable('jmeter', given, JMETER_INSTALL, env);
  const { loadModel, reason } = planLoadModel(await readText(plan));
  const warnings = reason === undefined ? [] : [`${plan}: ${reason}`];
  const launch = await jmeterLaunch(executable);
  return {
    loadModel,
    run: (options, index, total, deps) =>
      runJmeterOnce(options, { launch, loadModel, warnings }, index, total, deps),
  };
};

/**
 * Debian's `jmeter` is a shell script that runs `org.apache.jmeter.NewDriver` with `-Djmeter.home=…`; its JMeter
 * 2.13 cannot load any plan with the packaged XStream 1.4.20, so it is started through
 * `support/jmeter-open-xstream.bsh` (BeanShell, which Debian's JMeter depends on). Any other launcher (Apache's
 * releases, which allow their own classes) is run as it is.
 */
async function jmeterLaunch(executable: string): Promise<JmeterLaunch> {
  const script = (await readText(executable)).slice(0, 64 * 1024);
  const home = /-Djmeter\.home=(\S+)\s+org\.apache\.jmeter\.NewDriver/.exec(script)?.[1];
  if (home === undefined) return { command: executable, prefix: [] };
  const bsh = '/usr/share/java/bsh.jar';
  try {
    await access(bsh);
  } catch {
    throw new Error(
      `${executable} is Debian's JMeter, which needs BeanShell (${bsh}): sudo apt-get install -y libbsh-java`,
    );
  }
  return {
    command: 'java',
    prefix: [
      `-Djmeter.home=${home}`,
      '-cp',
      `${home}/bin/ApacheJMeter.jar:${home}/lib/ext/*:${home}/lib/*:${bsh}`,
      'bsh.Interpreter',
      supportFile('jmeter-open-xstream.bsh'),
    ],
  };
}

/** One headless JMeter run into run-<index>.jtl (CSV with a header line), read back as a RunResult. */
async function runJmeterOnce(
  options: ToolRunOptions,
  prepared: { launch: JmeterLaunch; loadModel: LoadModel; warnings: string[] },
  index: number,
  total: number,
  deps: ToolDependencies = {},
): Promise<RunResult> {
  const what = runTitle(options.label, 'jmeter', index, total);
  const jtl = join(options.outDir, `run-${index}.jtl`); // JMeter appends to an existing one: runTool removes it
  const target = options.targetUrl === undefined ? {} : targetProperties(options.targetUrl);
  const args = [
    ...prepared.launch.prefix,
    '-n',
    '-t',
    options.script,
    '-l',
    jtl,
    '-j',
    join(options.outDir, `run-${index}.log`),
    '-Jjmeter.save.saveservice.output_format=csv',
    '-Jjmeter.save.saveservice.print_field_names=true',
    '-Jjmeter.save.saveservice.timestamp_format=ms',
    // no UDP shutdown listener on a fixed port (runs in parallel jobs would collide)
    '-Jjmeterengine.nongui.port=0',
    ...Object.entries(target).map(([name, value]) => `-J${name}=${value}`),
    ...options.extraArgs,
  ];
  const outcome = await runTool(
    {
      what,
      tool: 'jmeter',
      command: prepared.launch.command,
      args,
      env: options.processEnv,
      timeoutMs: options.timeoutMs,
      outDir: options.outDir,
      freshFile: jtl,
    },
    deps,
  );
  // JMeter 2.13 exits 0 whatever happened: only a results file with samples says the run was made.
  const planError = [...outcome.stdoutTail, ...outcome.stderrTail].find((l) =>
    /Error in NonGUIDriver/.test(l),
  );
  if (outcome.exitCode !== 0 || planError !== undefined) {
    throw new ToolError(
      `${what} failed${outcome.exitCode !== 0 ? ` with exit code ${outcome.exitCode}` : ''}${outputTail(outcome, 'jmeter')}`,
      outcome.exitCode,
    );
  }
  try {
    await access(jtl);
  } catch {
    throw new ToolError(
      `${what} wrote no results file ${jtl} (JMeter exits 0 even when it could not load the plan)${outputTail(outcome, 'jmeter')}`,
      outcome.exitCode,
    );
  }
  const result = await readJtlCsv(jtl, {
    warmupSeconds: options.warmupSeconds,
    loadModel: prepared.loadModel,
    loadModelSource: 'jmeter-plan',
    targetUrl: options.targetUrl,
  });
  result.warnings.push(...prepared.warnings);
  logMeasured(deps, what, result, 'samples', outcome);
  return result;
}
