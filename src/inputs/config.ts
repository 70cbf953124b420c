import type { InputName } from '../constants.ts';
import { Inputs } from '../constants.ts';
import { PROFILE_MODES, type ProfilingSettings } from '../profile/summary.ts';
import type { EngineName } from '../results/types.ts';
import { parseReadyCheck } from '../service/ready.ts';
import type { ServiceSpec } from '../service/session.ts';
import { parsePidTarget, type ResourceTarget } from '../service/targets.ts';
import { DEFAULT_MAX_RUNS } from '../stats/sequential.ts';
import type { SloSpec } from '../stats/types.ts';
import { type CollectingReader, collectingReader } from './collecting-reader.ts';
import { actionInputLabel, InputError, InvalidInputsError } from './errors.ts';
import { parseSlos, parseTolerances, type SeriesRule } from './gate-rules.ts';
import {
  meaningfulLines,
  parseBoolean,
  parseChoice,
  parseDuration,
  parseInteger,
  parsePercent,
  parseProbability,
  parseTimeLimit,
  splitWords,
} from './values.ts';

const ENGINES = ['auto', 'k6', 'embedded', 'jmeter', 'locust'] as const;
const MODES = ['auto', 'compare', 'baseline', 'report'] as const;
const CONCLUSIONS = ['neutral', 'failure', 'success'] as const;
const LOAD_MODELS = ['auto', 'open', 'closed'] as const;
const DESIGNS = ['same-job', 'cached'] as const;
/** the check-name default; keep it stable, branch protection refers to it */
const DEFAULT_CHECK_NAME = 'perf-gate';

export type Mode = (typeof MODES)[number];

export interface ActionConfig {
  script: string;
  /** directories of results measured elsewhere (one per k6 instance), merged instead of running load */
  results: string[];
  engine: EngineName;
  runs: number;
  /** same-job design: the budget of pairs for adaptive confirmation (≥ runs) */
  maxRuns: number;
  warmupSeconds: number;
  /** the load model the user set; undefined: inferred from the script, plan or files */
  loadModel?: 'open' | 'closed';
  targetUrl?: string;
  /** set for the same-job design: the base build's URL, measured in this job beside the PR build */
  baselineTargetUrl?: string;
  /** set with `start`: perf-gate builds, starts and stops the service itself (both sides on a pull request) */
  service?: ServiceSpec;
  /**
   * The design the user asked for; undefined: same-job when perf-gate can measure both builds. `cached` with
   * `start`: the PR build alone against the cached baseline first, confirmed in the same job when that
   * comparison is not a pass.
   */
  design?: (typeof DESIGNS)[number];
  /** when and how to profile both builds after a regression (inputs profile, profile-command) */
  profiling: ProfilingSettings;
  /** services the workflow started itself, whose CPU and memory perf-gate reads (per side) */
  resources: { pr?: ResourceTarget; base?: ResourceTarget };
  targetEnv: string;
  env: Record<string, string>;
  /** values of env entries whose names look like secrets: masked in every report */
  secrets: string[];
  k6: { version?: string; path?: string; downloadUrl?: string; flags: string[]; timeoutSeconds: number };
  /** JMeter and Locust: their paths (else PATH) and extra flags */
  tools: { jmeterPath?: string; locustPath?: string; flags: string[] };
  tolerances: SeriesRule<number>[];
  slos: SloSpec[];
  familyConfidence?: number;
  maxBaselineCv?: number;
  maxErrorRate: number;
  onInconclusive: (typeof CONCLUSIONS)[number];
  failOnRegression: boolean;
  mode: Mode;
  scenarioId: string;
  baselineBranch?: string;
  historySize: number;
  strictEnvironment: boolean;
  checkName: string;
  comment: boolean;
  trackDrift: boolean;
  token: string;
  seed?: number;
  reportDir?: string;
}

function explicitModel(model: (typeof LOAD_MODELS)[number]): 'open' | 'closed' | undefined {
  return model === 'auto' ? undefined : model;
}

const SECRET_NAME = /token|secret|passw|pwd|key|auth|credential|cookie|session/i;

/** Everything that must never be written or shown: the secret-looking env values and the token. */
export function secretsOf(config: Pick<ActionConfig, 'secrets' | 'token'>): string[] {
  return [...config.secrets, ...(config.token === '' ? [] : [config.token])];
}

/** Turns `NAME=VALUE` lines into an env map; values of secret-looking names are returned for masking. */
function parseEnv(input: string, raw: string): { env: Record<string, string>; secrets: string[] } {
  const env: Record<string, string> = {};
  const secrets: string[] = [];
  for (const line of meaningfulLines(raw)) {
    const eq = line.indexOf('=');
    // a line without '=' has an empty name
    const name = line.slice(0, Math.max(eq, 0)).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new InputError(input, `'${line.split('=')[0]}=…' is not NAME=VALUE with a valid variable name`);
    }
    const value = line.slice(eq + 1);
    env[name] = value;
    if (SECRET_NAME.test(name) && value !== '') secrets.push(value);
  }
  return { env, secrets };
}

/** `max-error-rate` when not given: a run with more than 5 % failed requests is not a valid measurement. */
export const DEFAULT_MAX_ERROR_RATE = 0.05;

/** A cache-key-safe id derived from the script path, e.g. `load/api.js` → `load-api`. */
function scenarioIdFromScript(script: string): string {
  const id = script
    .replace(/\.[^./]+$/, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') // the replace above left single '-' only
    .toLowerCase();
  return id === '' ? 'default' : id;
}

/** `auto`: scenario files run on the embedded engine, JMeter plans on JMeter, locustfiles on Locust, the rest on k6. */
function engineFor(script: string, choice: (typeof ENGINES)[number]): EngineName {
  if (choice !== 'auto') return choice;
  if (/\.(ya?ml|json)$/i.test(script)) return 'embedded';
  if (/\.jmx$/i.test(script)) return 'jmeter';
  if (/\.py$/i.test(script)) return 'locust';
  return 'k6';
}

/**
 * Reads and validates every action input. All problems are collected, so a user fixes them in one go;
 * each message names the input and what it accepts.
 */
export function readActionConfig(
  getInput: (name: InputName) => string,
  label: (input: string) => string = actionInputLabel,
): ActionConfig {
  const reader = collectingReader(getInput, label);
  // the steps read in this order, so the problems are listed in the order of the inputs they name
  const whatToRun = readWhatToRun(reader);
  const environment = readEnvironment(reader);
  const config: ActionConfig = {
    ...whatToRun,
    ...readLoad(reader, whatToRun.script),
    ...readTargets(reader),
    profiling: readProfiling(reader),
    resources: {
      pr: readResourceTarget(reader, Inputs.ServicePid, Inputs.ServiceContainer),
      base: readResourceTarget(reader, Inputs.BaselineServicePid, Inputs.BaselineServiceContainer),
    },
    ...environment,
    ...readEngineSettings(reader),
    ...readJudging(reader),
    ...readBaselineAndReporting(reader, whatToRun.script),
  };
  const service = readService(reader);
  // with `start` perf-gate owns the URL: target-url is the template each started build's port fills in
  if (service !== undefined) Object.assign(config, { service, targetUrl: undefined });
  checkCombinations(reader, config);
  settleMaxRuns(reader, config);
  if (reader.problems.length > 0) throw new InvalidInputsError(reader.problems);
  return config;
}

/** What perf-gate measures or reads: the mode, the script and results measured elsewhere. */
function readWhatToRun(reader: CollectingReader): Pick<ActionConfig, 'mode' | 'script' | 'results'> {
  const mode = reader.read(Inputs.Mode, (r) => parseChoice(Inputs.Mode, r, MODES), 'auto');
  const script = reader.raw(Inputs.Script);
  const results = reader.read(Inputs.Results, meaningfulLines, []);
  if (script === '' && mode !== 'report' && results.length === 0) {
    reader.problem(
      Inputs.Script,
      'required (a k6 script, a scenario file .yml/.json for the embedded engine, a JMeter plan .jmx or a ' +
        'locustfile .py)',
    );
  }
  return { mode, script, results };
}

/** The environment the load script sees, and the variable that carries the target URL. */
function readEnvironment(reader: CollectingReader): Pick<ActionConfig, 'env' | 'secrets' | 'targetEnv'> {
  const { env, secrets } = reader.read(Inputs.Env, (r) => parseEnv(Inputs.Env, r), { env: {}, secrets: [] });
  const targetEnv = reader.read(
    Inputs.TargetEnv,
    (r) => {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(r))
        throw new InputError(Inputs.TargetEnv, `'${r}' is not a variable name`);
      return r;
    },
    'BASE_URL',
  );
  return { env, secrets, targetEnv };
}

/** The engine and how much load: runs, the adaptive budget, warm-up and the load model. */
function readLoad(
  reader: CollectingReader,
  script: string,
): Pick<ActionConfig, 'engine' | 'runs' | 'maxRuns' | 'warmupSeconds' | 'loadModel'> {
  return {
    engine: engineFor(
      script,
      reader.read(Inputs.Engine, (r) => parseChoice(Inputs.Engine, r, ENGINES), 'auto'),
    ),
    runs: reader.read(Inputs.Runs, (r) => parseInteger(Inputs.Runs, r, 1, 50), 3),
    maxRuns: reader.read(Inputs.MaxRuns, (r) => parseInteger(Inputs.MaxRuns, r, 1, 50), DEFAULT_MAX_RUNS),
    warmupSeconds: reader.read(Inputs.Warmup, (r) => parseDuration(Inputs.Warmup, r), 0),
    loadModel: explicitModel(
      reader.read(Inputs.LoadModel, (r) => parseChoice(Inputs.LoadModel, r, LOAD_MODELS), 'auto'),
    ),
  };
}

/** The builds under load (the PR build's URL, the base build's for same-job) and the design. */
function readTargets(
  reader: CollectingReader,
): Pick<ActionConfig, 'targetUrl' | 'baselineTargetUrl' | 'design'> {
  return {
    targetUrl: reader.url(Inputs.TargetUrl),
    baselineTargetUrl: reader.url(Inputs.BaselineTargetUrl),
    design: reader.read<ActionConfig['design']>(
      Inputs.Design,
      (r) => parseChoice(Inputs.Design, r, DESIGNS),
      undefined,
    ),
  };
}

function readProfiling(reader: CollectingReader): ProfilingSettings {
  return {
    mode: reader.read(Inputs.Profile, (r) => parseChoice(Inputs.Profile, r, PROFILE_MODES), 'on-regression'),
    command: reader.read<string | undefined>(
      Inputs.ProfileCommand,
      (r) => {
        if (!r.includes('{out}'))
          throw new InputError(
            Inputs.ProfileCommand,
            `'${r}' must contain {out}: the file the profiler writes and perf-gate reads`,
          );
        return r;
      },
      undefined,
    ),
  };
}

/** A service the workflow started itself, by container or by pid (one of the two). */
function readResourceTarget(
  reader: CollectingReader,
  pid: InputName,
  container: InputName,
): ResourceTarget | undefined {
  const containerName = reader.optional(container);
  const pidValue = reader.optional(pid);
  if (containerName !== undefined && pidValue !== undefined)
    reader.problem(container, `give either it or ${reader.label(pid)}, not both`);
  if (containerName !== undefined) return { kind: 'container', container: containerName, input: container };
  return pidValue === undefined ? undefined : parsePidTarget(pid, pidValue);
}

/** Where k6, JMeter and Locust come from, and their extra flags. */
function readEngineSettings(reader: CollectingReader): Pick<ActionConfig, 'k6' | 'tools'> {
  return {
    k6: {
      version: reader.optional(Inputs.K6Version),
      path: reader.optional(Inputs.K6Path),
      downloadUrl: reader.url(Inputs.K6DownloadUrl),
      flags: reader.read(Inputs.K6Flags, (r) => splitWords(Inputs.K6Flags, r), []),
      timeoutSeconds: reader.read(Inputs.RunTimeout, (r) => parseTimeLimit(Inputs.RunTimeout, r), 600),
    },
    tools: {
      jmeterPath: reader.optional(Inputs.JmeterPath),
      locustPath: reader.optional(Inputs.LocustPath),
      flags: reader.read(Inputs.EngineFlags, (r) => splitWords(Inputs.EngineFlags, r), []),
    },
  };
}

/** How a comparison is judged: tolerances, SLOs, confidence, validity limits and what a verdict does. */
function readJudging(
  reader: CollectingReader,
): Pick<
  ActionConfig,
  | 'tolerances'
  | 'slos'
  | 'familyConfidence'
  | 'maxBaselineCv'
  | 'maxErrorRate'
  | 'onInconclusive'
  | 'failOnRegression'
> {
  return {
    tolerances: reader.read(Inputs.Tolerances, (r) => parseTolerances(Inputs.Tolerances, r), []),
    slos: reader.read(Inputs.Slos, (r) => parseSlos(Inputs.Slos, r), []),
    familyConfidence: reader.read<number | undefined>(
      Inputs.Confidence,
      (r) => parseProbability(Inputs.Confidence, r),
      undefined,
    ),
    maxBaselineCv: reader.read<number | undefined>(
      Inputs.MaxBaselineCv,
      (r) => parsePercent(Inputs.MaxBaselineCv, r),
      undefined,
    ),
    maxErrorRate: reader.read(
      Inputs.MaxErrorRate,
      (r) => parsePercent(Inputs.MaxErrorRate, r),
      DEFAULT_MAX_ERROR_RATE,
    ),
    onInconclusive: reader.read(
      Inputs.OnInconclusive,
      (r) => parseChoice(Inputs.OnInconclusive, r, CONCLUSIONS),
      'neutral',
    ),
    failOnRegression: reader.read(
      Inputs.FailOnRegression,
      (r) => parseBoolean(Inputs.FailOnRegression, r),
      true,
    ),
  };
}

/** Where the baseline is kept and how the verdict is reported. */
function readBaselineAndReporting(
  reader: CollectingReader,
  script: string,
): Pick<
  ActionConfig,
  | 'scenarioId'
  | 'baselineBranch'
  | 'historySize'
  | 'strictEnvironment'
  | 'checkName'
  | 'comment'
  | 'trackDrift'
  | 'token'
  | 'seed'
  | 'reportDir'
> {
  return {
    scenarioId: reader.read(
      Inputs.BaselineKey,
      (r) => {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(r)) {
          throw new InputError(Inputs.BaselineKey, `'${r}' may use only letters, digits, '.', '_' and '-'`);
        }
        return r;
      },
      scenarioIdFromScript(script),
    ),
    baselineBranch: reader.optional(Inputs.BaselineBranch),
    historySize: reader.read(Inputs.HistorySize, (r) => parseInteger(Inputs.HistorySize, r, 0, 1000), 30),
    strictEnvironment: reader.read(
      Inputs.StrictEnvironment,
      (r) => parseBoolean(Inputs.StrictEnvironment, r),
      false,
    ),
    checkName: reader.read(Inputs.CheckName, (r) => r, DEFAULT_CHECK_NAME),
    comment: reader.read(Inputs.Comment, (r) => parseBoolean(Inputs.Comment, r), true),
    trackDrift: reader.read(Inputs.TrackDrift, (r) => parseBoolean(Inputs.TrackDrift, r), true),
    token: reader.raw(Inputs.GithubToken),
    seed: reader.read<number | undefined>(
      Inputs.Seed,
      (r) => parseInteger(Inputs.Seed, r, 0, 2 ** 32 - 1),
      undefined,
    ),
    reportDir: reader.optional(Inputs.ReportDir),
  };
}

/** The service perf-gate builds, starts and stops itself (`start`), or undefined; its inputs go only with `start`. */
function readService(reader: CollectingReader): ServiceSpec | undefined {
  const { label } = reader;
  const start = reader.optional(Inputs.Start);
  if (start === undefined) {
    for (const name of [Inputs.Build, Inputs.Ready, Inputs.WorkingDirectory]) {
      const value = reader.optional(name);
      if (value !== undefined && !(name === Inputs.WorkingDirectory && value === '.'))
        reader.problem(name, `only with ${label(Inputs.Start)}`);
    }
    return undefined;
  }
  const service: ServiceSpec = {
    start,
    build: reader.optional(Inputs.Build),
    ready: reader.read(Inputs.Ready, parseReadyCheck, { kind: 'port' }),
    readyTimeoutSeconds: reader.read(Inputs.ReadyTimeout, (r) => parseDuration(Inputs.ReadyTimeout, r), 60),
    workingDirectory: reader.read(Inputs.WorkingDirectory, (r) => r, '.'),
    urlTemplate: reader.optional(Inputs.TargetUrl) ?? 'http://127.0.0.1:{port}',
  };
  if (!service.urlTemplate.includes('{port}'))
    reader.problem(
      Inputs.TargetUrl,
      `with ${label(Inputs.Start)} it must contain {port} (each side gets its own port)`,
    );
  for (const name of [Inputs.BaselineTargetUrl, Inputs.ServicePid, Inputs.BaselineServicePid]) {
    if (reader.optional(name) !== undefined)
      reader.problem(name, `not with ${label(Inputs.Start)} (perf-gate starts and watches the service)`);
  }
  return service;
}

/** Inputs valid alone that do not go together: profiling, the design and the base build's settings. */
function checkCombinations(reader: CollectingReader, config: ActionConfig): void {
  const { label } = reader;
  if (config.profiling.command !== undefined && config.profiling.mode === 'never')
    reader.problem(Inputs.ProfileCommand, `not with ${label(Inputs.Profile)} never`);
  if (config.profiling.command !== undefined && config.service === undefined)
    reader.problem(
      Inputs.ProfileCommand,
      `only with ${label(Inputs.Start)} (the profiling pair runs both builds perf-gate started)`,
    );
  if (config.design === 'same-job' && config.service === undefined && config.baselineTargetUrl === undefined)
    reader.problem(
      Inputs.Design,
      `same-job needs both builds: ${label(Inputs.Start)}, or ${label(Inputs.BaselineTargetUrl)}`,
    );
  if (config.design === 'cached' && config.baselineTargetUrl !== undefined)
    reader.problem(
      Inputs.Design,
      `cached, yet ${label(Inputs.BaselineTargetUrl)} is the base build measured beside the PR build (same-job); give one`,
    );
  if (config.baselineTargetUrl === undefined && config.resources.base !== undefined)
    reader.problem(
      config.resources.base.input,
      `the base build is measured only in the same-job design (with ${label(Inputs.BaselineTargetUrl)})`,
    );
  if (config.baselineTargetUrl !== undefined && config.targetUrl === undefined)
    reader.problem(Inputs.BaselineTargetUrl, `needs ${label(Inputs.TargetUrl)} too (the PR build's URL)`);
}

/** `max-runs` not given follows `runs` upwards; given below `runs`, it is a problem (the budget includes them). */
function settleMaxRuns(reader: CollectingReader, config: ActionConfig): void {
  if (config.maxRuns >= config.runs) return;
  if (reader.raw(Inputs.MaxRuns) === '') config.maxRuns = config.runs;
  else
    reader.problem(
      Inputs.MaxRuns,
      `${config.maxRuns} is fewer than ${reader.label(Inputs.Runs)} (${config.runs}); the budget includes the planned runs`,
    );
}
