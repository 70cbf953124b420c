import type { InputName } from '../constants.ts';
import { Inputs } from '../constants.ts';
import { PROFILE_MODES, type ProfilingSettings } from '../profile/summary.ts';
import type { EngineName } from '../results/types.ts';
import { parseReadyCheck } from '../service/ready.ts';
import type { ServiceSpec } from '../service/session.ts';
import { parsePidTarget, type ResourceTarget } from '../service/targets.ts';
import { DEFAULT_MAX_RUNS } from '../stats/sequential.ts';
import type { SloSpec } from '../stats/types.ts';
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

/** Turns `NAME=VALUE` lines into an env map; values of secret-looking names are returned for masking. */
/** Everything that must never be written or shown: the secret-looking env values and the token. */
export function secretsOf(config: Pick<ActionConfig, 'secrets' | 'token'>): string[] {
  return [...config.secrets, ...(config.token === '' ? [] : [config.token])];
}

function parseEnv(input: string, raw: string): { env: Record<string, string>; secrets: string[] } {
  const env: Record<string, string> = {};
  const secrets: string[] = [];
  for (const line of meaningfulLines(raw)) {
    const eq = line.indexOf('=');
    const name = eq < 0 ? '' : line.slice(0, eq).trim();
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
    .replace(/^-+|-+$/g, '')
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
  const problems: string[] = [];
  const read = <T>(name: InputName, parse: (raw: string) => T, fallback: T): T => {
    const raw = getInput(name).trim();
    if (raw === '') return fallback;
    try {
      return parse(raw);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(`${label(error.input)}: ${error.problem}`);
      return fallback;
    }
  };
  const optional = (name: InputName): string | undefined => getInput(name).trim() || undefined;

  const mode = read(Inputs.Mode, (r) => parseChoice(Inputs.Mode, r, MODES), 'auto');
  const script = getInput(Inputs.Script).trim();
  const results = read(Inputs.Results, meaningfulLines, []);
  if (script === '' && mode !== 'report' && results.length === 0) {
    problems.push(
      `${label(Inputs.Script)}: required (a k6 script, a scenario file .yml/.json for the embedded engine, a JMeter ` +
        'plan .jmx or a locustfile .py)',
    );
  }
  const { env, secrets } = read(Inputs.Env, (r) => parseEnv(Inputs.Env, r), { env: {}, secrets: [] });
  const targetEnv = read(
    Inputs.TargetEnv,
    (r) => {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(r))
        throw new InputError(Inputs.TargetEnv, `'${r}' is not a variable name`);
      return r;
    },
    'BASE_URL',
  );
  const url = (name: InputName) =>
    read<string | undefined>(
      name,
      (r) => {
        if (!/^https?:\/\/[^\s]+$/.test(r)) throw new InputError(name, `'${r}' is not an http(s) URL`);
        return r.replace(/\/+$/, '');
      },
      undefined,
    );

  const resourceTarget = (pid: InputName, container: InputName): ResourceTarget | undefined => {
    const c = optional(container);
    const p = optional(pid);
    if (c !== undefined && p !== undefined)
      problems.push(`${label(container)}: give either it or ${label(pid)}, not both`);
    if (c !== undefined) return { kind: 'container', container: c, input: container };
    return p === undefined ? undefined : parsePidTarget(pid, p);
  };

  const config: ActionConfig = {
    script,
    results,
    engine: engineFor(
      script,
      read(Inputs.Engine, (r) => parseChoice(Inputs.Engine, r, ENGINES), 'auto'),
    ),
    runs: read(Inputs.Runs, (r) => parseInteger(Inputs.Runs, r, 1, 50), 3),
    maxRuns: read(Inputs.MaxRuns, (r) => parseInteger(Inputs.MaxRuns, r, 1, 50), DEFAULT_MAX_RUNS),
    warmupSeconds: read(Inputs.Warmup, (r) => parseDuration(Inputs.Warmup, r), 0),
    loadModel: explicitModel(
      read(Inputs.LoadModel, (r) => parseChoice(Inputs.LoadModel, r, LOAD_MODELS), 'auto'),
    ),
    targetUrl: url(Inputs.TargetUrl),
    baselineTargetUrl: url(Inputs.BaselineTargetUrl),
    design: read<ActionConfig['design']>(
      Inputs.Design,
      (r) => parseChoice(Inputs.Design, r, DESIGNS),
      undefined,
    ),
    profiling: {
      mode: read(Inputs.Profile, (r) => parseChoice(Inputs.Profile, r, PROFILE_MODES), 'on-regression'),
      command: read<string | undefined>(
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
    },
    resources: {
      pr: resourceTarget(Inputs.ServicePid, Inputs.ServiceContainer),
      base: resourceTarget(Inputs.BaselineServicePid, Inputs.BaselineServiceContainer),
    },
    targetEnv,
    env,
    secrets,
    k6: {
      version: optional(Inputs.K6Version),
      path: optional(Inputs.K6Path),
      downloadUrl: url(Inputs.K6DownloadUrl),
      flags: read(Inputs.K6Flags, (r) => splitWords(Inputs.K6Flags, r), []),
      timeoutSeconds: read(Inputs.RunTimeout, (r) => parseTimeLimit(Inputs.RunTimeout, r), 600),
    },
    tools: {
      jmeterPath: optional(Inputs.JmeterPath),
      locustPath: optional(Inputs.LocustPath),
      flags: read(Inputs.EngineFlags, (r) => splitWords(Inputs.EngineFlags, r), []),
    },
    tolerances: read(Inputs.Tolerances, (r) => parseTolerances(Inputs.Tolerances, r), []),
    slos: read(Inputs.Slos, (r) => parseSlos(Inputs.Slos, r), []),
    familyConfidence: read<number | undefined>(
      Inputs.Confidence,
      (r) => parseProbability(Inputs.Confidence, r),
      undefined,
    ),
    maxBaselineCv: read<number | undefined>(
      Inputs.MaxBaselineCv,
      (r) => parsePercent(Inputs.MaxBaselineCv, r),
      undefined,
    ),
    maxErrorRate: read(
      Inputs.MaxErrorRate,
      (r) => parsePercent(Inputs.MaxErrorRate, r),
      DEFAULT_MAX_ERROR_RATE,
    ),
    onInconclusive: read(
      Inputs.OnInconclusive,
      (r) => parseChoice(Inputs.OnInconclusive, r, CONCLUSIONS),
      'neutral',
    ),
    failOnRegression: read(Inputs.FailOnRegression, (r) => parseBoolean(Inputs.FailOnRegression, r), true),
    mode,
    scenarioId: read(
      Inputs.BaselineKey,
      (r) => {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(r)) {
          throw new InputError(Inputs.BaselineKey, `'${r}' may use only letters, digits, '.', '_' and '-'`);
        }
        return r;
      },
      scenarioIdFromScript(script),
    ),
    baselineBranch: optional(Inputs.BaselineBranch),
    historySize: read(Inputs.HistorySize, (r) => parseInteger(Inputs.HistorySize, r, 0, 1000), 30),
    strictEnvironment: read(
      Inputs.StrictEnvironment,
      (r) => parseBoolean(Inputs.StrictEnvironment, r),
      false,
    ),
    checkName: read(Inputs.CheckName, (r) => r, DEFAULT_CHECK_NAME),
    comment: read(Inputs.Comment, (r) => parseBoolean(Inputs.Comment, r), true),
    trackDrift: read(Inputs.TrackDrift, (r) => parseBoolean(Inputs.TrackDrift, r), true),
    token: getInput(Inputs.GithubToken).trim(),
    seed: read<number | undefined>(
      Inputs.Seed,
      (r) => parseInteger(Inputs.Seed, r, 0, 2 ** 32 - 1),
      undefined,
    ),
    reportDir: optional(Inputs.ReportDir),
  };
  const start = optional(Inputs.Start);
  if (start !== undefined) {
    config.service = {
      start,
      build: optional(Inputs.Build),
      ready: read(Inputs.Ready, parseReadyCheck, { kind: 'port' }),
      readyTimeoutSeconds: read(Inputs.ReadyTimeout, (r) => parseDuration(Inputs.ReadyTimeout, r), 60),
      workingDirectory: read(Inputs.WorkingDirectory, (r) => r, '.'),
      urlTemplate: getInput(Inputs.TargetUrl).trim() || 'http://127.0.0.1:{port}',
    };
    config.targetUrl = undefined;
    if (!config.service.urlTemplate.includes('{port}'))
      problems.push(
        `${label(Inputs.TargetUrl)}: with ${label(Inputs.Start)} it must contain {port} (each side gets its own port)`,
      );
    for (const name of [Inputs.BaselineTargetUrl, Inputs.ServicePid, Inputs.BaselineServicePid]) {
      if (optional(name) !== undefined)
        problems.push(
          `${label(name)}: not with ${label(Inputs.Start)} (perf-gate starts and watches the service)`,
        );
    }
  } else {
    for (const name of [Inputs.Build, Inputs.Ready, Inputs.WorkingDirectory]) {
      if (optional(name) !== undefined && !(name === Inputs.WorkingDirectory && optional(name) === '.'))
        problems.push(`${label(name)}: only with ${label(Inputs.Start)}`);
    }
  }
  if (config.profiling.command !== undefined && config.profiling.mode === 'never')
    problems.push(`${label(Inputs.ProfileCommand)}: not with ${label(Inputs.Profile)} never`);
  if (config.profiling.command !== undefined && config.service === undefined)
    problems.push(
      `${label(Inputs.ProfileCommand)}: only with ${label(Inputs.Start)} (the profiling pair runs both builds perf-gate started)`,
    );
  if (config.design === 'same-job' && config.service === undefined && config.baselineTargetUrl === undefined)
    problems.push(
      `${label(Inputs.Design)}: same-job needs both builds: ${label(Inputs.Start)}, or ${label(Inputs.BaselineTargetUrl)}`,
    );
  if (config.design === 'cached' && config.baselineTargetUrl !== undefined)
    problems.push(
      `${label(Inputs.Design)}: cached, yet ${label(Inputs.BaselineTargetUrl)} is the base build measured beside the PR build (same-job); give one`,
    );
  if (config.baselineTargetUrl === undefined && config.resources.base !== undefined)
    problems.push(
      `${label(config.resources.base.input)}: the base build is measured only in the same-job design (with ${label(Inputs.BaselineTargetUrl)})`,
    );
  if (config.baselineTargetUrl !== undefined && config.targetUrl === undefined) {
    problems.push(
      `${label(Inputs.BaselineTargetUrl)}: needs ${label(Inputs.TargetUrl)} too (the PR build's URL)`,
    );
  }
  if (config.maxRuns < config.runs) {
    if (getInput(Inputs.MaxRuns).trim() === '') config.maxRuns = config.runs;
    else
      problems.push(
        `${label(Inputs.MaxRuns)}: ${config.maxRuns} is fewer than ${label(Inputs.Runs)} (${config.runs}); the budget includes the planned runs`,
      );
  }
  if (problems.length > 0) throw new InvalidInputsError(problems);
  return config;
}
