import { closeSync, openSync, writeSync } from 'node:fs';
import { mulberry32 } from '../src/stats/rng.ts';

/**
 * Writes a JMeter CSV results file (`.jtl`) of about `targetBytes`, shaped like the recorded JMeter 2.13
 * fixtures: the header line, JMeter 2.13's default columns, 4 thread groups × 25 threads, 6 labels, ~2% failed
 * samples (500, `success` false, a quoted failure message with a comma), and a Transaction Controller sample
 * (quoted "Number of samples in transaction : 2, …") after every two requests of one group. Deterministic for
 * a given seed.
 */

const HEADER =
  'timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,grpThreads,allThreads,Latency,IdleTime,Connect';
const LABELS = ['GET /users', 'GET /orders', 'POST /orders', 'GET /users/{id}', 'GET /health', 'checkout'];
const GROUPS = ['browse', 'buy', 'admin', 'search'];
const START_MS = Date.UTC(2026, 10, 23, 23, 4, 45, 189);
const SAMPLES_PER_SECOND = 5000;

export function generateJtl(
  path: string,
  targetBytes: number,
  seed: number,
): { bytes: number; samples: number } {
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
  pending.push(`${HEADER}\n`);
  let i = 0;
  while (bytes < targetBytes) {
    const ts = START_MS + Math.floor((i / SAMPLES_PER_SECOND) * 1000);
    const group = i % GROUPS.length;
    const thread = `${GROUPS[group]} ${group + 1}-${1 + Math.floor(rand() * 25)}`;
    const label = LABELS[Math.floor(rand() * (LABELS.length - 1))]!;
    const elapsed = Math.round(3 + rand() * rand() * 200);
    const failed = rand() < 0.02;
    const line = failed
      ? `${ts},${elapsed},${label},500,Internal Server Error,${thread},text,false,"Test failed: code expected 200, got 500",312,25,100,${elapsed},0,1\n`
      : `${ts},${elapsed},${label},200,OK,${thread},text,true,,703,25,100,${elapsed - 1},0,0\n`;
    pending.push(line);
    samples++;
    if (group === 1 && i % 8 === 1) {
      pending.push(
        `${ts},${elapsed * 2},checkout,200,"Number of samples in transaction : 2, number of failing samples : 0",${thread},,true,,1406,25,100,0,0,0\n`,
      );
    }
    i++;
    if (pending.length >= 4096) flush();
  }
  flush();
  closeSync(fd);
  return { bytes, samples };
}
