import { K6LineParser } from './k6-line-parser.ts';
import { LineSplitter } from './line-splitter.ts';
import { RunAccumulator } from './run-accumulator.ts';

/**
 * Runs a few built-in k6 lines, one of every kind the reader handles, through a throwaway parser once per
 * process, before the first real file.
 *
 * Why: V8 optimises the reader's hot loop after a few thousand lines, using what it has seen so far. A kind
 * of line it has not met yet (the first `checks` after a run of requests, the first failed request …) then
 * throws the optimised code away and the loop runs unoptimised until it is recompiled. Measured on a 250 MB
 * file that happened two or three times in the first megabytes and cost about a sixth of the whole read;
 * having seen every path once beforehand avoids it. The sample costs well under a millisecond.
 */
let primed = false;

const T = '2026-01-01T00:00:00.5Z';
const T2 = '2026-01-01T00:00:01.25+01:00';
const TAGS =
  '{"expected_response":"true","group":"::g","method":"GET","name":"GET /a","proto":"HTTP/1.1","scenario":"s","status":"200","url":"http://h/a/1"}';
// Stryker disable next-line StringLiteral: behind a `name` tag the URL is not read; only the tag cache's path differs
const TAGS_URL2 = TAGS.replace('/a/1', '/a/2');
const FAILED_TAGS =
  '{"error_code":"1500","expected_response":"false","group":"","method":"POST","name":"POST /b","scenario":"s","status":"500","url":"http://h/b"}';
const UNTAGGED = '{"group":"","method":"GET","scenario":"s","status":"200","url":"http://h/c"}';
const point = (metric: string, time: string, value: string, tags: string): string =>
  `{"metric":"${metric}","type":"Point","data":{"time":"${time}","value":${value},"tags":${tags}}}`;

const SAMPLE = [
  '{"type":"Metric","data":{"name":"http_req_duration","type":"trend","contains":"time","thresholds":["p(95)<1"],"submetrics":null},"metric":"http_req_duration"}',
  // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
  point('vus', T, '1', '{}'),
  // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
  point('vus_max', T, '2', '{}'),
  ...[TAGS, TAGS_URL2, TAGS, FAILED_TAGS, UNTAGGED, TAGS].flatMap((tags, i) => [
    // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
    point('http_reqs', T, '1', tags),
    point('http_req_duration', i % 2 === 0 ? T : T2, '7.25', tags),
    // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
    point('http_req_blocked', T, '1.2e-05', tags),
    // Stryker disable next-line ConditionalExpression: a request with expected_response is counted failed from it, whatever its http_req_failed value
    point('http_req_failed', T, tags === FAILED_TAGS || tags === UNTAGGED ? '1' : '0', tags),
    // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
    point('checks', T, tags === FAILED_TAGS ? '0' : '1', '{"check":"ok","group":"","scenario":"s"}'),
  ]),
  // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
  point('group_duration', T, '9.5', '{"group":"::g","scenario":"s"}'),
  // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
  point('iterations', T2, '1', '{"group":"","scenario":"s"}'),
  // Stryker disable next-line StringLiteral: the reader checks only the shape of this line's unused fields (tags of a metric that needs none, or a skipped metric)
  point('dropped_iterations', T2, '1', '{"scenario":"s"}'),
  '',
];

export function primeK6Reader(): void {
  if (primed) return;
  primed = true;
  const acc = new RunAccumulator();
  // Stryker disable next-line StringLiteral: the file name only appears in errors, and the sample has none
  const parser = new K6LineParser(acc, '(warm-up sample)');
  const splitter = new LineSplitter(parser.handleLine);
  const bytes = Buffer.from(`${SAMPLE.join('\n')}\n`);
  for (let round = 0; round < 2; round++) splitter.push(bytes);
  parser.finish();
  // Stryker disable next-line ArrayDeclaration: the warm-up's run is thrown away, its sources never read
  acc.finish({ engine: 'k6', sources: [], loadModel: 'unknown', loadModelSource: 'unknown' });
}
