import * as z from 'zod';
import { RunFileError, snippet } from './errors.ts';
import { type HistogramJSON, LatencyHistogram } from './histogram.ts';
import type { RunResult, RunTotals, SecondBucket, SeriesResult } from './types.ts';
import { ENGINE_NAMES, LOAD_MODEL_SOURCES, seriesId } from './types.ts';

/**
 * The compact JSON form of a RunResult, for baselines: histograms as `LatencyHistogram.toJSON`, per-second
 * buckets and totals as tuples, numbers that are NaN (unknown) as null. `deserializeRun(serializeRun(r))` gives
 * back the same run exactly (same bins, counts, sums, order). Versioned; reading validates every field and
 * names the first bad one.
 */

export const RUN_FORMAT = 'perf-gate-run';
const RUN_FORMAT_VERSION = 1;

/** A histogram as JSON, with NaN (empty histogram's min/max) as null. */
type NullableHistogram = Omit<HistogramJSON, 'min' | 'max'> & { min: number | null; max: number | null };
/** [epoch second, requests, failed, latency] */
type SerializedSecond = [number, number, number, NullableHistogram];
/** [epoch second, iterations, droppedIterations, checksPassed, checksFailed, maxVUs, maxVUsAllocated] */
type SerializedTotalsSecond = [number, number, number, number, number, number, number | null];

export interface SerializedSeries {
  key: SeriesResult['key'];
  requests: number | null;
  failed: number | null;
  latency: NullableHistogram;
  seconds: SerializedSecond[];
  reportedQuantiles?: Record<string, number>;
}

/** The fields a run keeps as they are in JSON; the others change form (see SerializedRun). */
type ConvertedFields = 'startMs' | 'endMs' | 'series' | 'lifecycle' | 'totals' | 'secondTotals';

/** A RunResult in JSON: maps become arrays, NaN becomes null, the rest of its fields stay as they are. */
export type SerializedRun = {
  format: typeof RUN_FORMAT;
  version: typeof RUN_FORMAT_VERSION;
  startMs: number | null;
  endMs: number | null;
  series: SerializedSeries[];
  lifecycle: SerializedSeries[];
  totals: RunTotals;
  secondTotals?: SerializedTotalsSecond[];
} & Omit<RunResult, ConvertedFields>;

const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);
const orNaN = (v: number | null): number => (v === null ? Number.NaN : v);

function histogramOut(h: LatencyHistogram): NullableHistogram {
  const j = h.toJSON();
  return { ...j, min: orNull(j.min), max: orNull(j.max) };
}

function seriesOut(s: SeriesResult): SerializedSeries {
  const out: SerializedSeries = {
    key: { ...s.key },
    requests: orNull(s.requests),
    failed: orNull(s.failed),
    latency: histogramOut(s.latency),
    seconds: [...s.seconds].map(([second, b]) => [second, b.requests, b.failed, histogramOut(b.latency)]),
  };
  if (s.reportedQuantiles !== undefined) out.reportedQuantiles = { ...s.reportedQuantiles };
  return out;
}

export function serializeRun(run: RunResult): SerializedRun {
  const out: SerializedRun = {
    format: RUN_FORMAT,
    version: RUN_FORMAT_VERSION,
    engine: run.engine,
    fidelity: run.fidelity,
    loadModel: run.loadModel,
    ...(run.loadModelSource === undefined ? {} : { loadModelSource: run.loadModelSource }),
    ...(run.loadModelOverridden === undefined ? {} : { loadModelOverridden: { ...run.loadModelOverridden } }),
    sources: [...run.sources],
    startMs: orNull(run.startMs),
    endMs: orNull(run.endMs),
    series: [...run.series.values()].map(seriesOut),
    lifecycle: [...run.lifecycle.values()].map(seriesOut),
    totals: { ...run.totals },
    thresholds: run.thresholds.map((t) => ({ ...t, expressions: [...t.expressions] })),
    skipped: { ...run.skipped },
    warnings: [...run.warnings],
  };
  if (run.totals.maxVUsAllocated === undefined) delete out.totals.maxVUsAllocated;
  if (run.cutFiles !== undefined) out.cutFiles = [...run.cutFiles];
  if (run.secondTotals !== undefined) {
    out.secondTotals = [...run.secondTotals].map(([second, t]) => [
      second,
      t.iterations,
      t.droppedIterations,
      t.checksPassed,
      t.checksFailed,
      t.maxVUs,
      t.maxVUsAllocated ?? null,
    ]);
  }
  if (run.targetRate !== undefined) out.targetRate = run.targetRate;
  if (run.engineVersion !== undefined) out.engineVersion = run.engineVersion;
  if (run.service !== undefined) out.service = { ...run.service };
  return out;
}

/**
 * The run file's schema, built on first read: building zod schemas costs real CPU at start-up, and a process
 * that only writes runs (the load generator's, measured whole) never reads one.
 */
function buildRunSchema() {
  const count = z.number().int().nonnegative();
  const histogramSchema = z.object({
    n: count,
    min: z.number().nullable(),
    max: z.number().nullable(),
    sum: z.number(),
    z: count,
    b: z.array(z.number().int()),
  });
  const seriesSchema = z.object({
    key: z.object({ scenario: z.string(), group: z.string(), method: z.string(), name: z.string() }),
    requests: count.nullable(),
    failed: count.nullable(),
    latency: histogramSchema,
    seconds: z.array(z.tuple([z.number().int(), count, count, histogramSchema])),
    reportedQuantiles: z.record(z.string(), z.number()).optional(),
  });
  const totalsSchema = z.object({
    iterations: z.number().nonnegative(),
    droppedIterations: z.number().nonnegative(),
    checksPassed: count,
    checksFailed: count,
    maxVUs: z.number().nonnegative(),
    maxVUsAllocated: z.number().nonnegative().optional(),
  });
  const runSchema = z.object({
    format: z.literal(RUN_FORMAT),
    version: z.literal(RUN_FORMAT_VERSION),
    engine: z.enum(ENGINE_NAMES),
    fidelity: z.enum(['distribution', 'summary']),
    loadModel: z.enum(['open', 'closed', 'unknown']),
    loadModelSource: z.enum(LOAD_MODEL_SOURCES).optional(),
    loadModelOverridden: z
      .object({
        loadModel: z.enum(['open', 'closed', 'unknown']),
        loadModelSource: z.enum(LOAD_MODEL_SOURCES),
      })
      .optional(),
    sources: z.array(z.string()),
    startMs: z.number().nullable(),
    endMs: z.number().nullable(),
    series: z.array(seriesSchema),
    lifecycle: z.array(seriesSchema),
    totals: totalsSchema,
    secondTotals: z
      .array(
        z.tuple([z.number().int(), z.number(), z.number(), count, count, z.number(), z.number().nullable()]),
      )
      .optional(),
    thresholds: z.array(
      z.object({ metric: z.string(), expressions: z.array(z.string()), crossed: z.boolean().optional() }),
    ),
    skipped: z.record(z.string(), count),
    warnings: z.array(z.string()),
    targetRate: z.number().positive().optional(),
    engineVersion: z.string().optional(),
    cutFiles: z.array(z.string()).optional(),
    service: z
      .object({
        source: z.enum(['process tree', 'cgroup']),
        seconds: z.number().nonnegative(),
        cpuSeconds: z.number().nonnegative(),
        cpuWaitSeconds: z.number().nonnegative(),
        peakRssBytes: z.number().nonnegative(),
        rssGrowthBytesPerSecond: z.number(),
        generatorCpuSeconds: z.number().nonnegative(),
        machineBusy: z.number().min(0).max(1).optional(),
        cpuBySecond: z.array(z.tuple([z.number().int(), z.number().nonnegative()])).optional(),
      })
      .optional(),
  });
  return runSchema;
}

type RunJson = z.infer<ReturnType<typeof buildRunSchema>>;
type SeriesJson = RunJson['series'][number];
let runSchema: ReturnType<typeof buildRunSchema> | undefined;

type Fail = (what: string) => never;

/**
 * Reads the JSON form back (a parsed object or its text). Throws an error naming the first bad field, e.g.
 * `not a perf-gate run: series[0].latency.n: expected number, received string`; with `source` given, a
 * RunFileError naming the file.
 */
export function deserializeRun(json: unknown, source?: string): RunResult {
  const fail: Fail = (what) => {
    if (source === undefined) throw new Error(what);
    throw new RunFileError(source, undefined, what);
  };
  const r = validRunJson(json, fail);
  const run: RunResult = {
    engine: r.engine,
    fidelity: r.fidelity,
    loadModel: r.loadModel,
    ...(r.loadModelSource === undefined ? {} : { loadModelSource: r.loadModelSource }),
    ...(r.loadModelOverridden === undefined ? {} : { loadModelOverridden: r.loadModelOverridden }),
    sources: r.sources,
    startMs: orNaN(r.startMs),
    endMs: orNaN(r.endMs),
    series: seriesIn(r.series, 'series', fail),
    lifecycle: seriesIn(r.lifecycle, 'lifecycle', fail),
    totals: r.totals,
    thresholds: r.thresholds,
    skipped: r.skipped,
    warnings: r.warnings,
  };
  if (r.secondTotals !== undefined) run.secondTotals = secondTotalsIn(r.secondTotals);
  if (r.targetRate !== undefined) run.targetRate = r.targetRate;
  if (r.engineVersion !== undefined) run.engineVersion = r.engineVersion;
  if (r.cutFiles !== undefined) run.cutFiles = r.cutFiles;
  if (r.service !== undefined) run.service = { ...r.service };
  return run;
}

/** The run's JSON parsed and checked: a perf-gate run of the version this perf-gate reads, every field valid. */
function validRunJson(json: unknown, fail: Fail): RunJson {
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (err) {
      fail(`not JSON (${snippet((err as Error).message, 120)}): expected a perf-gate run`);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(
      `not a perf-gate run: expected a JSON object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
    );
  }
  const head = value as { format?: unknown; version?: unknown };
  if (head.format !== RUN_FORMAT) {
    return fail(
      `not a perf-gate run: expected "format": "${RUN_FORMAT}", got ${JSON.stringify(head.format)}`,
    );
  }
  if (head.version !== RUN_FORMAT_VERSION) {
    // Stryker disable next-line EqualityOperator: equivalent, the version here is never RUN_FORMAT_VERSION (checked above), so > and >= agree
    const newer = typeof head.version === 'number' && head.version > RUN_FORMAT_VERSION;
    return fail(
      `perf-gate run format version ${JSON.stringify(head.version)} is not readable (this perf-gate reads ` +
        `version ${RUN_FORMAT_VERSION}${newer ? '; it was written by a newer perf-gate' : ''})`,
    );
  }
  runSchema ??= buildRunSchema();
  const parsed = runSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(
      // Stryker disable next-line Regex: equivalent, every zod message this schema gives that holds "Invalid input: " starts with it
      `not a perf-gate run: ${pathText(issue.path)}: ${issue.message.replace(/^Invalid input: /, '')}`,
    );
  }
  return parsed.data;
}

/** Series by id; `where` names the list in messages. A series or a second that appears twice is refused. */
function seriesIn(list: SeriesJson[], where: string, fail: Fail): Map<string, SeriesResult> {
  const out = new Map<string, SeriesResult>();
  list.forEach((s, i) => {
    const at = `${where}[${i}]`;
    const id = seriesId(s.key);
    if (out.has(id)) fail(`not a perf-gate run: ${at}: series "${id}" appears twice`);
    const seconds = new Map<number, SecondBucket>();
    s.seconds.forEach(([second, requests, failed, h], j) => {
      if (seconds.has(second))
        fail(`not a perf-gate run: ${at}.seconds[${j}]: second ${second} appears twice`);
      seconds.set(second, { requests, failed, latency: histogramIn(h, `${at}.seconds[${j}][3]`, fail) });
    });
    const series: SeriesResult = {
      key: s.key,
      id,
      requests: orNaN(s.requests),
      failed: orNaN(s.failed),
      latency: histogramIn(s.latency, `${at}.latency`, fail),
      seconds,
    };
    if (s.reportedQuantiles !== undefined) series.reportedQuantiles = s.reportedQuantiles;
    out.set(id, series);
  });
  return out;
}

function secondTotalsIn(tuples: NonNullable<RunJson['secondTotals']>): Map<number, RunTotals> {
  return new Map(
    tuples.map(([second, iterations, droppedIterations, checksPassed, checksFailed, maxVUs, allocated]) => {
      const t: RunTotals = { iterations, droppedIterations, checksPassed, checksFailed, maxVUs };
      if (allocated !== null) t.maxVUsAllocated = allocated;
      return [second, t];
    }),
  );
}

function histogramIn(h: SeriesJson['latency'], at: string, fail: Fail): LatencyHistogram {
  if (h.b.length % 2 !== 0) fail(`not a perf-gate run: ${at}.b: expected [keyDelta, count, …] pairs`);
  let binned = 0;
  // Stryker disable next-line EqualityOperator: equivalent, the length is even (an odd one failed above), so no odd i equals it
  for (let i = 1; i < h.b.length; i += 2) {
    if (!(h.b[i]! > 0)) fail(`not a perf-gate run: ${at}.b[${i}]: expected a bin count > 0`);
    binned += h.b[i]!;
  }
  if (h.n !== h.z + binned) {
    fail(`not a perf-gate run: ${at}: n = ${h.n} but zero count and bins hold ${h.z + binned} values`);
  }
  if (h.n > 0 && (h.min === null || h.max === null))
    fail(`not a perf-gate run: ${at}: min and max are required`);
  return LatencyHistogram.fromJSON({ ...h, min: orNaN(h.min), max: orNaN(h.max) });
}

/**
 * A zod issue's path, e.g. `series[0].latency.n`. Never empty: the run is an object (checked before zod), so
 * every issue zod finds is in one of its fields.
 */
function pathText(path: PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out === '' ? '' : '.'}${String(p)}`;
  return out;
}
