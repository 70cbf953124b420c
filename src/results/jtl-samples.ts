import { RunFileError } from './errors.ts';
import { RunAccumulator, type TagSet } from './run-accumulator.ts';
import type { ReadOptions, RunResult } from './types.ts';
import { trimWarmup } from './warmup.ts';

/**
 * What the JMeter readers (CSV and XML) share: one sample at a time into per-second buckets, the series
 * `thread group › label`, errors from `success`, active threads from `allThreads`, and the Transaction
 * Controller samples that are left out so no request is counted twice.
 */

const TRANSACTION = Buffer.from('Number of samples in transaction');

/**
 * A Transaction Controller's own sample carries this response message. Its time is the sum of its children's;
 * the children are samples of their own (or, with "Generate parent sample", its sub-results), so it is skipped.
 */
export function isTransactionMessage(buf: Buffer, start: number, end: number): boolean {
  const n = TRANSACTION.length;
  return end - start >= n && buf[start] === 0x4e && buf.compare(TRANSACTION, 0, n, start, start + n) === 0;
}

/** JMeter names threads `<thread group> <group number>-<thread number>`: the thread group's name. */
export function threadGroupOf(threadName: string): string {
  return threadName.replace(/ \d+-\d+$/, '');
}

/** Label and thread name arrive as latin1 strings of their UTF-8 bytes (cheap to make); this decodes them. */
function utf8(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8');
}

export class JtlSamples {
  private readonly acc: RunAccumulator;
  /** label → thread name → [ok, failed] tag sets */
  private readonly tagSets = new Map<string, Map<string, [TagSet, TagSet]>>();
  private transactions = 0;
  private count = 0;

  constructor(
    private readonly path: string,
    private readonly opts: ReadOptions,
  ) {
    this.acc = new RunAccumulator(opts.maxSeries);
  }

  /** One sample: `label` and `threadName` as latin1 strings of their bytes; `allThreads` -1 when absent. */
  sample(
    label: string,
    threadName: string,
    ok: boolean,
    timeStamp: number,
    elapsed: number,
    allThreads: number,
  ): void {
    let byThread = this.tagSets.get(label);
    if (byThread === undefined) {
      byThread = new Map();
      this.tagSets.set(label, byThread);
    }
    let sets = byThread.get(threadName);
    if (sets === undefined) {
      const tags = { scenario: threadGroupOf(utf8(threadName)), method: '', name: utf8(label) };
      sets = [
        this.acc.tagSet({ ...tags, expectedResponse: 'true' }),
        this.acc.tagSet({ ...tags, expectedResponse: 'false' }),
      ];
      byThread.set(threadName, sets);
    }
    const second = Math.floor(timeStamp / 1000);
    this.acc.request(ok ? sets[0] : sets[1], second, timeStamp - second * 1000, elapsed);
    if (allThreads >= 0) {
      const totals = this.acc.totalsAt(second);
      if (allThreads > totals.maxVUs) totals.maxVUs = allThreads;
    }
    this.count++;
  }

  transactionSample(): void {
    this.transactions++;
  }

  /** a sample nested inside another one (a redirect, an embedded resource): part of its parent's time */
  subResult(): void {
    this.acc.skip('sub-result sample');
  }

  skip(reason: string): void {
    this.acc.skip(reason);
  }

  warn(message: string): void {
    this.acc.warn(message);
  }

  finish(): RunResult {
    if (this.transactions > 0) {
      this.acc.skip('Transaction Controller sample', this.transactions);
      this.acc.warn(
        `${this.path}: left out ${this.transactions} Transaction Controller samples (their requests are counted ` +
          "one by one, as JMeter's summariser does)",
      );
    }
    if (this.count === 0) {
      throw new RunFileError(this.path, undefined, 'no samples were recorded: is the target reachable?');
    }
    const run = this.acc.finish({
      engine: 'jmeter',
      sources: [this.path],
      loadModel: this.opts.loadModel ?? 'unknown',
      targetRate: this.opts.targetRate,
    });
    return this.opts.warmupSeconds ? trimWarmup(run, this.opts.warmupSeconds) : run;
  }
}
