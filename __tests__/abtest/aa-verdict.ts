import { expect } from 'vitest';

interface GatedMetric {
  gated: boolean;
  outcome: string;
}

/**
 * What an unchanged build (A/A) must get from the gate on a live, shared machine: no gated metric worse, and
 * a pass whenever every gated metric is decided. A busy machine may leave a tail undecided (or nothing
 * gateable at all), and then the verdict is inconclusive; a gate that never passes fails here.
 */
export function expectAaVerdict(verdict: string, metrics: GatedMetric[], why: string): void {
  const gated = metrics.filter((m) => m.gated);
  for (const m of gated) expect(['no-change', 'improvement', 'inconclusive'], why).toContain(m.outcome);
  const undecided = gated.length === 0 || gated.some((m) => m.outcome === 'inconclusive');
  expect(verdict, why).toBe(undecided ? 'inconclusive' : 'pass');
}
