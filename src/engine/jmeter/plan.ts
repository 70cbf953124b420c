import type { LoadModel } from '../../results/types.ts';

/**
 * What perf-gate reads from a JMeter test plan (.jmx) without running it: whether it paces arrivals, and the
 * properties that point it at a target.
 */

/** Timers that set the rate of samples (of whatever scope they sit in) instead of letting threads loop. */
const PACING_TIMERS = [
  'ConstantThroughputTimer',
  'PreciseThroughputTimer',
  'kg.apc.jmeter.timers.VariableThroughputTimer',
];
/** Thread groups that start iterations at a set rate. */
const ARRIVALS_GROUPS = [
  'com.blazemeter.jmeter.threads.arrivals.ArrivalsThreadGroup',
  'com.blazemeter.jmeter.threads.arrivals.FreeFormArrivalsThreadGroup',
];
/** Thread groups whose threads loop as fast as answers come (setUp/tearDown groups are not the load). */
const LOOPING_GROUPS = [
  'ThreadGroup',
  'com.blazemeter.jmeter.threads.concurrency.ConcurrencyThreadGroup',
  'kg.apc.jmeter.threads.UltimateThreadGroup',
  'kg.apc.jmeter.threads.SteppingThreadGroup',
];

/**
 * A plan whose thread groups loop is a closed model; a throughput timer or arrivals thread groups alone make
 * it open. Arrivals groups beside looping ones (and no timer that could pace those) are neither: unknown.
 * `reason` says what decided, for the run's warnings.
 */
export function planLoadModel(plan: string): { loadModel: LoadModel; reason?: string } {
  const enabled = [...plan.matchAll(/<[\w.]+\s[^>]*testclass="([\w.]+)"[^>]*enabled="true"/g)].map(
    (m) => m[1]!,
  );
  const timer = enabled.find((e) => PACING_TIMERS.includes(e));
  if (timer !== undefined)
    return { loadModel: 'open', reason: `${timer} paces arrivals, so the load model is open` };
  const arrivals = enabled.find((e) => ARRIVALS_GROUPS.includes(e));
  if (arrivals === undefined) return { loadModel: 'closed' };
  const looping = enabled.find((e) => LOOPING_GROUPS.includes(e));
  return looping === undefined
    ? { loadModel: 'open', reason: `${arrivals} paces arrivals, so the load model is open` }
    : {
        loadModel: 'unknown',
        reason: `${arrivals} paces arrivals beside a looping ${looping}: the load model is neither open nor closed (set load-model)`,
      };
}

/**
 * `-J` properties for a target URL, which the plan reads with `${__P(protocol)}`, `${__P(host)}`,
 * `${__P(port)}` and `${__P(basePath)}` (the URL's path without its trailing slash, '' for none).
 */
export function targetProperties(url: string): Record<string, string> {
  const u = new URL(url);
  const protocol = u.protocol.replace(/:$/, '');
  return {
    protocol,
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port || (protocol === 'https' ? '443' : '80'),
    basePath: u.pathname.replace(/\/+$/, ''),
  };
}
