import { LatencyHistogram } from '../../results/histogram.ts';
import {
  type EncodedRequest,
  encodeRequest,
  Http1Connection,
  type Origin,
  originOf,
  type ResponseHandler,
} from './http1.ts';
import type { ResultRecorder } from './recorder.ts';
import type { Scenario } from './scenario.ts';

/** What the generator observed about itself (for warnings and the bench). */
export interface GeneratorStats {
  /** iterations started in the measured window */
  measuredIterationsStarted: number;
  /** iterations that were due in the measured window but found every in-flight slot busy (open model) */
  measuredDropped: number;
  /** the most iterations in flight at once */
  peakInFlight: number;
  /** requests sent, warm-up included */
  requestsSent: number;
  /** open model: how late each measured iteration started against its schedule (ms) */
  startLag: LatencyHistogram;
  /** seconds of the measured window */
  measuredSeconds: number;
  /** iterations cut off because they ran past the end plus the grace period */
  interrupted: number;
  /** network errors by code (ECONNREFUSED, TIMEOUT, …) */
  networkErrors: Map<string, number>;
  /** the run was stopped at its time limit (run-timeout) before it ended on its own */
  timedOut: boolean;
}

interface PreparedRequest {
  encoded: EncodedRequest;
  /** success by status: the scenario's list, or any 2xx/3xx */
  ok: (status: number) => boolean;
}

const clock = () => performance.now();
const toEpochMs = (t: number) => performance.timeOrigin + t;

/**
 * One in-flight iteration: sends the scenario's requests in order, one at a time, on its own kept-alive
 * connection. It is its own response handler, and slots are reused across iterations, so a request
 * allocates almost nothing of ours.
 */
class Slot implements ResponseHandler {
  private step = 0;
  private sentAt = 0;
  private status = 0;
  private active = false;
  private iterationMeasured = false;
  readonly connection: Http1Connection;

  constructor(private readonly run: LoadRun) {
    this.connection = new Http1Connection(run.origin, run.timeoutMs);
  }

  /** Aborts the request in flight when it has taken longer than `timeoutMs`. */
  expire(now: number, timeoutMs: number, error: Error): void {
    if (this.active && now - this.sentAt > timeoutMs) this.connection.abort(error);
  }

  begin(measured: boolean): void {
    this.step = 0;
    this.iterationMeasured = measured;
    this.send();
  }

  private send = (): void => {
    const run = this.run;
    if (run.stopped) return;
    this.status = 0;
    this.active = true;
    run.requestsSent++;
    this.sentAt = clock();
    this.connection.send(run.requests[this.step]!.encoded, this);
  };

  onComplete(status: number): void {
    this.status = status;
    this.finish(undefined);
  }

  onError(err: Error): void {
    this.finish(err);
  }

  private finish(err: Error | undefined): void {
    if (!this.active) return;
    this.active = false;
    const end = clock();
    const run = this.run;
    if (run.stopped) return;
    if (this.sentAt >= run.measureFrom) {
      const failed = err !== undefined || !run.requests[this.step]!.ok(this.status);
      run.recorder.request(this.step, toEpochMs(end), end - this.sentAt, failed);
    }
    if (err !== undefined) run.countError(err);
    if (++this.step < run.requests.length) {
      // after a network error, yield first: a dead target must not become a tight synchronous loop
      if (err === undefined) this.send();
      else setImmediate(this.send);
    } else {
      run.iterationDone(this, this.iterationMeasured);
    }
  }
}

class LoadRun {
  readonly origin: Origin;
  readonly timeoutMs: number;
  readonly requests: PreparedRequest[];
  readonly measureFrom: number;
  readonly endAt: number;
  stopped = false;
  requestsSent = 0;
  private readonly free: Slot[] = [];
  private readonly slots: Slot[] = [];
  private readonly sweeper: NodeJS.Timeout;
  private inFlight = 0;
  private peak = 0;
  private schedulingDone = false;
  private measuredStarted = 0;
  private measuredDropped = 0;
  private interrupted = 0;
  private timedOut = false;
  /** scheduling, end-of-run and time-limit timers, cleared when the run is closed */
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly lag = new LatencyHistogram();
  private readonly errors = new Map<string, number>();
  private finished!: () => void;
  readonly done = new Promise<void>((resolve) => {
    this.finished = resolve;
  });

  constructor(
    private readonly scenario: Scenario,
    readonly recorder: ResultRecorder,
    start: number,
  ) {
    const prefix = new URL(scenario.baseUrl).pathname.replace(/\/+$/, '');
    const timeoutMs = scenario.timeout * 1000;
    this.timeoutMs = timeoutMs;
    this.origin = originOf(scenario.baseUrl);
    const slots = scenario.load.model === 'open' ? scenario.load.maxInFlight : scenario.load.connections;
    this.requests = scenario.requests.map((r) => {
      const expected = r.expect === undefined ? undefined : new Set(r.expect);
      return {
        encoded: encodeRequest(this.origin, { ...r, path: prefix + r.path }),
        ok: expected === undefined ? (s: number) => s >= 200 && s < 400 : (s: number) => expected.has(s),
      };
    });
    for (let i = 0; i < slots; i++) this.slots.push(new Slot(this));
    this.free.push(...this.slots);
    this.measureFrom = start + scenario.warmup * 1000;
    this.endAt = this.measureFrom + scenario.load.duration * 1000;
    // one sweep for every request's timeout, within ~1/4 of it
    const timeoutError = Object.assign(new Error(`request timed out after ${scenario.timeout} s`), {
      code: 'TIMEOUT',
    });
    this.sweeper = setInterval(
      () => {
        const now = clock();
        for (const slot of this.slots) slot.expire(now, timeoutMs, timeoutError);
      },
      Math.min(100, timeoutMs / 4),
    );
  }

  /** Starts an iteration on a free slot; false when every slot is busy. */
  private startIteration(measured: boolean): boolean {
    const slot = this.free.pop();
    if (slot === undefined) return false;
    if (++this.inFlight > this.peak) this.peak = this.inFlight;
    if (measured) this.measuredStarted++;
    slot.begin(measured);
    return true;
  }

  iterationDone(slot: Slot, measured: boolean): void {
    if (measured) this.recorder.iterationCompleted();
    const now = clock();
    if (this.scenario.load.model === 'closed' && !this.schedulingDone && now < this.endAt) {
      // the same connection goes straight on with its next iteration
      const nextMeasured = now >= this.measureFrom;
      if (nextMeasured) this.measuredStarted++;
      slot.begin(nextMeasured);
      return;
    }
    this.inFlight--;
    this.free.push(slot);
    if (this.schedulingDone && this.inFlight === 0) this.finished();
  }

  countError(err: Error): void {
    const code = (err as { code?: string }).code ?? err.name;
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  private after(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }

  /** Stops the run where it is when it lasts longer than `ms` (the run timeout): nothing more is sent or recorded. */
  limitTo(ms: number): void {
    this.after(ms, () => {
      this.timedOut = true;
      this.interrupted = this.inFlight;
      this.stopped = true;
      this.finished();
    });
  }

  /** Open model: iteration k starts at start + k/rate whether or not earlier ones finished (no coordinated omission). */
  runOpen(start: number, rate: number): void {
    const interval = 1000 / rate;
    let k = 0;
    const tick = () => {
      if (this.stopped) return;
      const now = clock();
      for (let due = start + k * interval; due <= now && due < this.endAt; due = start + ++k * interval) {
        const measured = due >= this.measureFrom;
        if (this.startIteration(measured)) {
          if (measured) this.lag.record(now - due);
        } else if (measured) {
          this.measuredDropped++;
          this.recorder.iterationDropped();
        }
      }
      const next = start + k * interval;
      // Whole milliseconds, rounded up: Node's timers compare the event loop's cached whole-millisecond clock,
      // so a fractional delay fires up to 1 ms early, and an early tick finds nothing due and only costs a
      // wake-up (about 40% of ticks at 500 iterations/s); the iteration then starts on the next tick anyway.
      if (next < this.endAt) this.after(Math.ceil(next - clock()), tick);
      else this.stopScheduling();
    };
    tick();
  }

  /** Closed model: every connection loops iterations back to back until the end. */
  runClosed(connections: number): void {
    for (let i = 0; i < connections; i++) this.startIteration(this.measureFrom <= clock());
    this.after(this.endAt - clock(), () => this.stopScheduling());
  }

  private stopScheduling(): void {
    this.schedulingDone = true;
    if (this.inFlight === 0) {
      this.finished();
      return;
    }
    // like k6's gracefulStop: running iterations may finish, for at most one request timeout more
    this.after(this.scenario.timeout * 1000 + 1000, () => {
      this.interrupted = this.inFlight;
      this.stopped = true;
      this.finished();
    });
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const timer of this.timers) clearTimeout(timer);
    for (const slot of this.slots) slot.connection.close();
  }

  stats(): GeneratorStats {
    return {
      measuredIterationsStarted: this.measuredStarted,
      measuredDropped: this.measuredDropped,
      peakInFlight: this.peak,
      requestsSent: this.requestsSent,
      startLag: this.lag,
      measuredSeconds: this.scenario.load.duration,
      interrupted: this.interrupted,
      networkErrors: this.errors,
      timedOut: this.timedOut,
    };
  }
}

/**
 * Runs the scenario's load (warm-up, then the measured duration) and records every measured request; a run
 * still going after `timeLimitMs` is stopped there (`timedOut` in the stats).
 */
export async function generateLoad(
  scenario: Scenario,
  recorder: ResultRecorder,
  timeLimitMs?: number,
): Promise<GeneratorStats> {
  const start = clock();
  const run = new LoadRun(scenario, recorder, start);
  if (timeLimitMs !== undefined) run.limitTo(timeLimitMs);
  try {
    if (scenario.load.model === 'open') run.runOpen(start, scenario.load.rate);
    else run.runClosed(scenario.load.connections);
    await run.done;
  } finally {
    run.close();
  }
  return run.stats();
}
