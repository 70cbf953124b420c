import { type Dispatcher, Pool } from 'undici';
import { LatencyHistogram } from '../../results/histogram.ts';
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
}

interface PreparedRequest {
  options: Dispatcher.DispatchOptions;
  /** success by status: the scenario's list, or any 2xx/3xx */
  ok: (status: number) => boolean;
}

const clock = () => performance.now();
const toEpochMs = (t: number) => performance.timeOrigin + t;

/**
 * One in-flight iteration: sends the scenario's requests in order, one at a time. It is its own undici
 * dispatch handler, and slots are reused across iterations, so a request allocates almost nothing of ours.
 */
class Slot implements Dispatcher.DispatchHandlers {
  private step = 0;
  private sentAt = 0;
  private status = 0;
  private active = false;
  private iterationMeasured = false;
  private abort: ((err?: Error) => void) | undefined;

  constructor(private readonly run: LoadRun) {}

  /** Aborts the request in flight when it has taken longer than `timeoutMs`. */
  expire(now: number, timeoutMs: number, error: Error): void {
    if (this.active && now - this.sentAt > timeoutMs) this.abort?.(error);
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
    this.abort = undefined;
    this.active = true;
    run.requestsSent++;
    this.sentAt = clock();
    run.pool.dispatch(run.requests[this.step]!.options, this);
  };

  onConnect(abort: (err?: Error) => void): void {
    this.abort = abort;
  }

  onHeaders(statusCode: number): boolean {
    this.status = statusCode;
    return true;
  }

  onData(): boolean {
    return true;
  }

  onComplete(): void {
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
  readonly pool: Pool;
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
    const base = new URL(scenario.baseUrl);
    const prefix = base.pathname.replace(/\/+$/, '');
    const timeoutMs = scenario.timeout * 1000;
    const slots = scenario.load.model === 'open' ? scenario.load.maxInFlight : scenario.load.connections;
    this.pool = new Pool(base.origin, {
      connections: slots,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      connect: { timeout: timeoutMs },
    });
    this.requests = scenario.requests.map((r) => {
      const expected = r.expect === undefined ? undefined : new Set(r.expect);
      return {
        options: {
          path: prefix + r.path,
          method: r.method,
          headers: r.headers,
          body: r.body,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        },
        ok: expected === undefined ? (s: number) => s >= 200 && s < 400 : (s: number) => expected.has(s),
      };
    });
    for (let i = 0; i < slots; i++) this.slots.push(new Slot(this));
    this.free.push(...this.slots);
    this.measureFrom = start + scenario.warmup * 1000;
    this.endAt = this.measureFrom + scenario.load.duration * 1000;
    // undici's own header/body timeouts tick once a second; this sweep keeps the timeout within ~1/4 of itself
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

  /** Open model: iteration k starts at start + k/rate whether or not earlier ones finished (no coordinated omission). */
  runOpen(start: number, rate: number): void {
    const interval = 1000 / rate;
    let k = 0;
    const tick = () => {
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
      if (next < this.endAt) setTimeout(tick, next - clock());
      else this.stopScheduling();
    };
    tick();
  }

  /** Closed model: every connection loops iterations back to back until the end. */
  runClosed(connections: number): void {
    for (let i = 0; i < connections; i++) this.startIteration(this.measureFrom <= clock());
    setTimeout(() => this.stopScheduling(), this.endAt - clock());
  }

  private stopScheduling(): void {
    this.schedulingDone = true;
    if (this.inFlight === 0) {
      this.finished();
      return;
    }
    // like k6's gracefulStop: running iterations may finish, for at most one request timeout more
    const grace = setTimeout(
      () => {
        this.interrupted = this.inFlight;
        this.stopped = true;
        this.finished();
      },
      this.scenario.timeout * 1000 + 1000,
    );
    void this.done.then(() => clearTimeout(grace));
  }

  close(): Promise<void> {
    clearInterval(this.sweeper);
    return this.pool.destroy();
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
    };
  }
}

/** Runs the scenario's load (warm-up, then the measured duration) and records every measured request. */
export async function generateLoad(scenario: Scenario, recorder: ResultRecorder): Promise<GeneratorStats> {
  const start = clock();
  const run = new LoadRun(scenario, recorder, start);
  try {
    if (scenario.load.model === 'open') run.runOpen(start, scenario.load.rate);
    else run.runClosed(scenario.load.connections);
    await run.done;
  } finally {
    await run.close();
  }
  return run.stats();
}
