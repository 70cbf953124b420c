import { closeSync, openSync, writeSync } from 'node:fs';
import { mulberry32 } from '../src/stats/rng.ts';

/**
 * Writes a JMeter results file (`.jtl`) of about `targetBytes`, shaped like the recorded JMeter 2.13 fixtures:
 * 4 thread groups × 25 threads, 6 labels, ~2% failed samples (500, `success` false, a failure message with a
 * comma), and a Transaction Controller sample ("Number of samples in transaction : 2, …") after every two
 * requests of one group. `csv` is the CSV form with its header line and JMeter 2.13's default columns; `xml`
 * the XML form (`<testResults>` of `<httpSample/>` and `<sample/>` elements) with the same samples.
 * Deterministic for a given seed.
 */

const HEADER =
  'timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,grpThreads,allThreads,Latency,IdleTime,Connect';
const LABELS = ['GET /users', 'GET /orders', 'POST /orders', 'GET /users/{id}', 'GET /health', 'checkout'];
const GROUPS = ['browse', 'buy', 'admin', 'search'];
const START_MS = Date.UTC(2026, 10, 23, 23, 4, 45, 189);
const SAMPLES_PER_SECOND = 5000;
const TRANSACTION_MESSAGE = 'Number of samples in transaction : 2, number of failing samples : 0';

interface Sample {
  ts: number;
  elapsed: number;
  label: string;
  thread: string;
  failed: boolean;
}

const csvLine = (s: Sample): string =>
  s.failed
    ? `${s.ts},${s.elapsed},${s.label},500,Internal Server Error,${s.thread},text,false,"Test failed: code expected 200, got 500",312,25,100,${s.elapsed},0,1\n`
    : `${s.ts},${s.elapsed},${s.label},200,OK,${s.thread},text,true,,703,25,100,${s.elapsed - 1},0,0\n`;

const csvTransaction = (s: Sample): string =>
  `${s.ts},${s.elapsed * 2},checkout,200,"${TRANSACTION_MESSAGE}",${s.thread},,true,,1406,25,100,0,0,0\n`;

const xmlLine = (s: Sample): string =>
  s.failed
    ? `<httpSample t="${s.elapsed}" lt="${s.elapsed}" ts="${s.ts}" s="false" lb="${s.label}" rc="500" rm="Internal Server Error" tn="${s.thread}" dt="text" by="312" ng="25" na="100"/>\n`
    : `<httpSample t="${s.elapsed}" lt="${s.elapsed - 1}" ts="${s.ts}" s="true" lb="${s.label}" rc="200" rm="OK" tn="${s.thread}" dt="text" by="703" ng="25" na="100"/>\n`;

const xmlTransaction = (s: Sample): string =>
  `<sample t="${s.elapsed * 2}" lt="0" ts="${s.ts}" s="true" lb="checkout" rc="200" rm="${TRANSACTION_MESSAGE}" tn="${s.thread}" dt="" by="1406" ng="25" na="100"/>\n`;

const FORMS = {
  csv: { head: `${HEADER}\n`, sample: csvLine, transaction: csvTransaction, tail: '' },
  xml: {
    head: '<?xml version="1.0" encoding="UTF-8"?>\n<testResults version="1.2">\n',
    sample: xmlLine,
    transaction: xmlTransaction,
    tail: '</testResults>\n',
  },
};

export function generateJtl(
  path: string,
  targetBytes: number,
  seed: number,
  form: keyof typeof FORMS = 'csv',
): { bytes: number; samples: number } {
  const write = FORMS[form];
  const rand = mulberry32(seed).next;
  const fd = openSync(path, 'w');
  let bytes = 0;
  let samples = 0;
  let pending: string[] = [];
  const flush = () => {
    const text = pending.join('');
    writeSync(fd, text);
    bytes += Buffer.byteLength(text);
    pending = [];
  };
  pending.push(write.head);
  let i = 0;
  while (bytes < targetBytes) {
    const group = i % GROUPS.length;
    const s: Sample = {
      ts: START_MS + Math.floor((i / SAMPLES_PER_SECOND) * 1000),
      thread: `${GROUPS[group]} ${group + 1}-${1 + Math.floor(rand() * 25)}`,
      label: LABELS[Math.floor(rand() * (LABELS.length - 1))]!,
      elapsed: Math.round(3 + rand() * rand() * 200),
      failed: rand() < 0.02,
    };
    pending.push(write.sample(s));
    samples++;
    if (group === 1 && i % 8 === 1) pending.push(write.transaction(s));
    i++;
    if (pending.length >= 4096) flush();
  }
  pending.push(write.tail);
  flush();
  closeSync(fd);
  return { bytes, samples };
}
