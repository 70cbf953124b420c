/** A check run's conclusion as perf-gate uses it: report/ maps a verdict to one, github/ posts it. */
export type CheckConclusion = 'success' | 'failure' | 'neutral';
