import { RunFileError } from './errors.ts';
import { pumpFile } from './file-pump.ts';
import { K6LineParser } from './k6-line-parser.ts';
import { primeK6Reader } from './k6-warmup.ts';
import { LineSplitter } from './line-splitter.ts';
import { givenLoadModel } from './load-model.ts';
import { nameSeriesByTarget } from './request-name.ts';
import { RunAccumulator } from './run-accumulator.ts';
import type { ReadOptions, RunResult } from './types.ts';
import { trimWarmup } from './warmup.ts';

/**
 * Reads k6 `--out json=FILE` NDJSON, plain or gzipped (a `.gz` name or the gzip magic bytes), in constant
 * memory: chunks go straight through the line splitter into the byte-level parser, nothing per sample is kept
 * but per-second histograms. A last line cut short (k6 killed while writing) and a truncated gzip stream are
 * tolerated with a warning; anything else that is not k6 output is an error naming file and line.
 */
export async function readK6Json(path: string, opts: ReadOptions = {}): Promise<RunResult> {
  primeK6Reader();
  const acc = new RunAccumulator(opts.maxSeries);
  const parser = new K6LineParser(acc, path);
  const splitter = new LineSplitter(parser.handleLine);
  let cut = false;
  await pumpFile(path, (chunk) => splitter.push(chunk), {
    chunkSize: opts.chunkSize,
    onTruncatedGzip: () => {
      acc.warn(
        `${path}: the gzip stream is truncated (k6 was probably stopped while writing); kept what was read`,
      );
      cut = true;
    },
  });

  const last = splitter.unterminatedLine();
  if (last !== undefined) {
    try {
      parser.handleFinalLine(last.buf, last.start, last.end, last.lineNo);
    } catch (err) {
      if (!(err instanceof RunFileError)) throw err;
      acc.warn(
        `${path}:${last.lineNo}: the last line is incomplete (k6 was probably stopped while writing it); ignored it`,
      );
      acc.skip('truncated last line');
      cut = true;
    }
  }
  parser.finish();
  if (parser.fastLines + parser.slowLines === 0) {
    throw new RunFileError(
      path,
      undefined,
      'empty file: expected k6 --out json output (one JSON object per line)',
    );
  }
  if (acc.seriesCount === 0) {
    throw new RunFileError(path, undefined, 'no HTTP requests were recorded: is the target reachable?');
  }
  if (acc.requestsWithoutExpectedResponse > 0 && acc.failureSamples === 0) {
    acc.warn(
      `${path}: ${acc.requestsWithoutExpectedResponse} requests carry no expected_response tag and there are no ` +
        'http_req_failed samples for them: their failures cannot be counted (failed = 0)',
    );
  }
  const run = nameSeriesByTarget(
    acc.finish({
      engine: 'k6',
      sources: [path],
      ...givenLoadModel(opts),
      targetRate: opts.targetRate,
    }),
    opts.targetUrl,
  );
  if (cut) run.cutFiles = [path];
  if (run.loadModel === 'unknown') inferLoadModel(run);
  return opts.warmupSeconds ? trimWarmup(run, opts.warmupSeconds) : run;
}

/**
 * The NDJSON does not record the executor, but k6 runs its shorthand options (`vus`, `duration`,
 * `iterations`, `stages`) as the scenario `default` with a VU-based executor: a closed model. Only an
 * arrival-rate executor drops iterations, so a dropped iteration means the scenario was named `default` by
 * hand. The report names this source; `load-model` overrides it.
 */
function inferLoadModel(run: RunResult): void {
  const scenarios = new Set([...run.series.values()].map((s) => s.key.scenario));
  if (scenarios.size !== 1 || !scenarios.has('default') || run.totals.droppedIterations > 0) return;
  run.loadModel = 'closed';
  run.loadModelSource = 'k6-default-scenario';
}
