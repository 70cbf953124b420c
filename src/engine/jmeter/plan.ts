import type { LoadModel } from '../../results/types.ts';

/**
 * What perf-gate reads from a JMeter test plan (.jmx) without running it: whether it paces arrivals, and the
 * properties that point it at a target.
 */

/** Elements that set the rate of samples instead of letting threads loop as fast as answers come. */
const PACING = [
  'ConstantThroughputTimer',
  'PreciseThroughputTimer',
  'kg.apc.jmeter.timers.VariableThroughputTimer',
  'com.blazemeter.jmeter.threads.arrivals.ArrivalsThreadGroup',
  'com.blazemeter.jmeter.threads.arrivals.FreeFormArrivalsThreadGroup',
];

/** A plan whose thread groups loop is a closed model; one that paces arrivals (see PACING) is open. */
export function planLoadModel(plan: string): { loadModel: LoadModel; pacedBy?: string } {
  const enabled = /<([\w.]+)\s[^>]*testclass="([\w.]+)"[^>]*enabled="true"/g;
  for (const m of plan.matchAll(enabled)) {
    const element = m[2]!;
    if (PACING.includes(element)) return { loadModel: 'open', pacedBy: element };
  }
  return { loadModel: 'closed' };
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
