/** The k6 results reader and the RunResult toolkit: what the rest of perf-gate imports. */
export { RunFileError } from './errors.ts';
export { type HistogramJSON, LatencyHistogram, RELATIVE_ACCURACY } from './histogram.ts';
export { type K6ReadOptions, readK6Json } from './k6-json.ts';
export { mergeRuns } from './merge.ts';
export { readRunFile } from './read-run-file.ts';
export {
  deserializeRun,
  RUN_FORMAT,
  RUN_FORMAT_VERSION,
  type SerializedRun,
  type SerializedSeries,
  serializeRun,
} from './serialize.ts';
export {
  ALL_REQUESTS_KEY,
  readSummaryExport,
  type SummaryReadOptions,
  summaryToRun,
} from './summary-export.ts';
export * from './types.ts';
export { trimWarmup } from './warmup.ts';
