import { durationSeconds } from '../../duration.ts';
import type { LoadModel } from '../../results/types.ts';

const OPEN_EXECUTORS = new Set(['constant-arrival-rate', 'ramping-arrival-rate']);
const CLOSED_EXECUTORS = new Set([
  'constant-vus',
  'ramping-vus',
  'per-vu-iterations',
  'shared-iterations',
  'externally-controlled',
]);

export interface K6ScenarioInfo {
  name: string;
  executor: string;
  /** iterations per second, for constant-arrival-rate only */
  rate?: number;
}

export interface K6LoadModel {
  loadModel: LoadModel;
  /** iterations/s summed over constant-arrival-rate scenarios, when every open scenario has a fixed rate */
  targetRate?: number;
  scenarios: K6ScenarioInfo[];
  warnings: string[];
}

/**
 * Reads the load model from `k6 inspect [--execution-requirements]` JSON (the script's options). Arrival-rate
 * executors set the rate themselves (open model); VU-based ones measure capacity (closed model). No
 * `scenarios` means k6's default: `vus`/`duration`/`iterations`/`stages`, all closed.
 */
export function loadModelFromInspect(options: unknown): K6LoadModel {
  if (options === null || typeof options !== 'object') {
    throw new Error('k6 inspect printed no options object');
  }
  const raw = (options as { scenarios?: unknown }).scenarios;
  if (raw === null || raw === undefined || (typeof raw === 'object' && Object.keys(raw).length === 0)) {
    return { loadModel: 'closed', scenarios: [{ name: 'default', executor: 'constant-vus' }], warnings: [] };
  }
  if (typeof raw !== 'object') throw new Error('k6 inspect: options.scenarios is not an object');

  const scenarios: K6ScenarioInfo[] = [];
  const warnings: string[] = [];
  for (const [name, config] of Object.entries(raw as Record<string, Record<string, unknown>>)) {
    const executor = typeof config?.executor === 'string' ? config.executor : 'unknown';
    const info: K6ScenarioInfo = { name, executor };
    if (executor === 'constant-arrival-rate' && typeof config.rate === 'number') {
      const unit = typeof config.timeUnit === 'string' ? config.timeUnit : '1s';
      const seconds = durationSeconds(unit);
      if (seconds === undefined || seconds === 0) {
        throw new Error(`k6 inspect: scenarios.${name}.timeUnit '${unit}' is not a duration k6 accepts`);
      }
      info.rate = config.rate / seconds;
    }
    scenarios.push(info);
  }
  const open = scenarios.filter((s) => OPEN_EXECUTORS.has(s.executor));
  const closed = scenarios.filter((s) => CLOSED_EXECUTORS.has(s.executor));
  const unknown = scenarios.filter(
    (s) => !OPEN_EXECUTORS.has(s.executor) && !CLOSED_EXECUTORS.has(s.executor),
  );
  for (const s of unknown) warnings.push(`scenario '${s.name}': unknown executor '${s.executor}'`);

  let loadModel: LoadModel;
  if (open.length > 0 && closed.length === 0 && unknown.length === 0) loadModel = 'open';
  else if (closed.length > 0 && open.length === 0 && unknown.length === 0) loadModel = 'closed';
  else {
    loadModel = 'unknown';
    if (open.length > 0 && closed.length > 0) {
      warnings.push(
        'the script mixes arrival-rate and VU-based scenarios: throughput is judged by neither model',
      );
    }
  }
  const result: K6LoadModel = { loadModel, scenarios, warnings };
  if (loadModel === 'open' && open.every((s) => s.rate !== undefined)) {
    result.targetRate = open.reduce((sum, s) => sum + s.rate!, 0);
  }
  return result;
}

/** `k6 v0.49.0 (2024-01-29T…, go1.21.6, linux/amd64)` → '0.49.0'. */
export function parseK6Version(output: string): string {
  const m = /\bk6 v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(output);
  if (!m)
    throw new Error(`could not read a version from 'k6 version' output: ${output.trim().slice(0, 200)}`);
  return m[1]!;
}
