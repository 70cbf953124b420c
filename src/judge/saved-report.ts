import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PairOrder } from '../abtest/pair-order.ts';
import type { EnvironmentFingerprint } from '../baseline/environment.ts';
import type { Measurement } from '../measure/plan.ts';
import { assertRenderable, type ReportContext } from '../report/context.ts';
import { deserializeRun, type SerializedRun, serializeRun } from '../results/serialize.ts';
import type { RunResult } from '../results/types.ts';
import { maskLiterals, maskSecrets } from '../secrets/mask.ts';
import { SavedReportError } from './saved-report-error.ts';

/** Bumped whenever a saved report written by one perf-gate version could not be read by another. */
const SAVED_REPORT_SCHEMA = 2;
export const SAVED_REPORT_FILE = 'perf-gate-report.json';

/**
 * What was measured, for `mode: report` to judge again: the runs, and what their identity needs. Read back
 * it is untrusted (a fork's workflow wrote it), so it never says where to post or what the verdict is.
 */
export interface MeasuredRuns {
  candidate: RunResult[];
  /** same-job design: the base build's runs, pair i at index i */
  baseline?: RunResult[];
  orders?: PairOrder[];
  scriptHash: string;
  environment: EnvironmentFingerprint;
}

/**
 * A saved report: the rendered context (for `perf-gate report`) and the measured runs (for `mode: report`).
 * Secrets never reach it: every string is masked and the context's secret list is left out.
 */
export interface SavedReport {
  schema: typeof SAVED_REPORT_SCHEMA;
  context: ReportContext;
  measured?: MeasuredRuns;
}

interface SavedReportFile {
  schema: typeof SAVED_REPORT_SCHEMA;
  context: Omit<ReportContext, 'secrets'>;
  measured?: Omit<MeasuredRuns, 'candidate' | 'baseline'> & {
    candidate: SerializedRun[];
    baseline?: SerializedRun[];
  };
}

/** The runs behind a verdict, with the identity a baseline must share with them. */
export function measuredRunsOf(
  measurement: Pick<Measurement, 'candidate' | 'baseline' | 'orders'>,
  identity: { scriptHash: string; environment: EnvironmentFingerprint },
): MeasuredRuns {
  const { candidate, baseline, orders } = measurement;
  return {
    candidate,
    ...(baseline ? { baseline } : {}),
    ...(orders ? { orders } : {}),
    ...identity,
  };
}

/** The saved report as written to disk: every string masked, the secrets themselves nowhere. */
export function savedReportJson(context: ReportContext, measured?: MeasuredRuns): string {
  const { secrets, ...rest } = context;
  const file: SavedReportFile = { schema: SAVED_REPORT_SCHEMA, context: rest };
  if (measured !== undefined) {
    const { candidate, baseline, ...identity } = measured;
    file.measured = {
      ...identity,
      candidate: candidate.map(serializeRun),
      ...(baseline ? { baseline: baseline.map(serializeRun) } : {}),
    };
  }
  const text = JSON.stringify(file, (_key, value: unknown) =>
    typeof value === 'string' ? maskSecrets(value, secrets) : value,
  );
  // Defence in depth: object keys (e.g. a run's skipped-sample counts) are not seen by the replacer.
  return `${maskLiterals(text, secrets)}\n`;
}

/** Reads a saved report: the file itself, or a report directory holding SAVED_REPORT_FILE. */
export async function readSavedReport(fileOrDir: string): Promise<SavedReport> {
  const path = (await isDirectory(fileOrDir)) ? join(fileOrDir, SAVED_REPORT_FILE) : fileOrDir;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SavedReportError(
      code === 'ENOENT'
        ? `mode report: ${path} does not exist; download the report directory the measuring workflow uploaded (see docs/fork-prs.md)`
        : `mode report: ${path} is not a perf-gate report: ${(error as Error).message}`,
    );
  }
  const saved = data as Partial<SavedReportFile>;
  if (typeof saved !== 'object' || saved === null || saved.schema !== SAVED_REPORT_SCHEMA) {
    throw new SavedReportError(
      `mode report: ${path} has schema ${JSON.stringify((saved as { schema?: unknown } | null)?.schema)}, this perf-gate reads schema ${SAVED_REPORT_SCHEMA} (use the same perf-gate version in both workflows)`,
    );
  }
  if (typeof saved.context !== 'object' || saved.context === null) {
    throw new SavedReportError(`mode report: ${path} lacks its context`);
  }
  const missing = missingFields(saved.context);
  if (missing.length > 0) {
    throw new SavedReportError(
      `${path} is damaged: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing or of the wrong type (save it again with the same perf-gate version)`,
    );
  }
  const context = { ...saved.context, secrets: [] } as ReportContext;
  try {
    assertRenderable(context);
  } catch (error) {
    throw new SavedReportError(`${path} is damaged: ${(error as Error).message}`);
  }
  const report: SavedReport = { schema: SAVED_REPORT_SCHEMA, context };
  if (saved.measured !== undefined) report.measured = measuredIn(saved.measured, path);
  return report;
}

type FieldKind = 'string' | 'number' | 'array';
/** What every rendering of a saved report reads without checking: present, of the right type. */
const REQUIRED_FIELDS: [string, FieldKind][] = [
  ['scenario.id', 'string'],
  ['scenario.name', 'string'],
  ['candidate.commit', 'string'],
  ['nowMs', 'number'],
  ['version', 'string'],
  ['environment.differences', 'array'],
  ['thresholdBreaches.baseline', 'array'],
  ['thresholdBreaches.candidate', 'array'],
  ['noise', 'array'],
];
const COMPARISON_FIELDS: [string, FieldKind][] = [
  ['comparison.verdict', 'string'],
  ['comparison.design', 'string'],
  ['comparison.loadModel', 'string'],
  ['comparison.runs.baseline', 'number'],
  ['comparison.runs.candidate', 'number'],
  ['comparison.series', 'array'],
  ['comparison.added', 'array'],
  ['comparison.removed', 'array'],
  ['comparison.slos', 'array'],
  ['comparison.reasons', 'array'],
  ['comparison.warnings', 'array'],
];

/** The required fields a saved context lacks (a file cut short or edited by hand), by their dotted path. */
function missingFields(context: object): string[] {
  const at = (path: string): unknown =>
    path
      .split('.')
      .reduce<unknown>(
        (o, key) => (typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[key] : undefined),
        context,
      );
  const fits = (value: unknown, kind: FieldKind) =>
    kind === 'array' ? Array.isArray(value) : typeof value === kind;
  const fields = 'comparison' in context ? [...REQUIRED_FIELDS, ...COMPARISON_FIELDS] : REQUIRED_FIELDS;
  return fields.filter(([path, kind]) => !fits(at(path), kind)).map(([path]) => path);
}

function measuredIn(raw: unknown, path: string): MeasuredRuns {
  const m = raw as Partial<NonNullable<SavedReportFile['measured']>> | null;
  const bad = (what: string): never => {
    throw new SavedReportError(`mode report: ${path}: measured.${what}`);
  };
  if (typeof m !== 'object' || m === null) return bad('is not an object');
  if (!Array.isArray(m.candidate) || m.candidate.length === 0) return bad('candidate holds no runs');
  if (m.baseline !== undefined && !Array.isArray(m.baseline)) bad('baseline is not a list of runs');
  if (typeof m.scriptHash !== 'string') bad('scriptHash is missing');
  if (typeof m.environment !== 'object' || m.environment === null) bad('environment is missing');
  if (m.orders !== undefined && !(Array.isArray(m.orders) && m.orders.every((o) => o === 'AB' || o === 'BA')))
    bad('orders must be a list of AB / BA');
  const runs = (list: unknown[], side: string) =>
    list.map((r, i) => {
      try {
        return deserializeRun(r);
      } catch (error) {
        return bad(`${side}[${i}]: ${(error as Error).message}`);
      }
    });
  return {
    candidate: runs(m.candidate, 'candidate'),
    ...(m.baseline ? { baseline: runs(m.baseline, 'baseline') } : {}),
    ...(m.orders ? { orders: m.orders } : {}),
    scriptHash: m.scriptHash!,
    environment: m.environment!,
  };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
