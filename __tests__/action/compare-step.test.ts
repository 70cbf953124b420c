import { describe, expect, it } from 'vitest';
import { applyEnvironmentPolicy, refuse } from '../../src/action/compare-step.ts';
import type { Comparability } from '../../src/baseline/comparability.ts';
import { comparison } from '../report/fixtures.ts';

const differs: Comparability = {
  differences: [{ field: 'cpu', text: 'CPU: A (4 cores) vs B (2 cores)', effect: 'environment' }],
  incomparable: false,
  environmentDiffers: true,
};
const same: Comparability = { differences: [], incomparable: false, environmentDiffers: false };

describe('strict-environment', () => {
  it('turns a pass or a fail measured on another environment into inconclusive, saying why', () => {
    for (const verdict of ['pass', 'fail'] as const) {
      const judged = applyEnvironmentPolicy(comparison({ verdict, reasons: ['r'] }), differs, true);
      expect(judged.verdict).toBe('inconclusive');
      expect(judged.reasons[0]).toMatch(
        /^strict-environment: .*different environment, so a (pass|fail) cannot be trusted/,
      );
      expect(judged.reasons).toContain('r');
    }
  });

  it('only reports the difference when strict matching is off, and does nothing when nothing differs', () => {
    const c = comparison({ verdict: 'fail' });
    expect(applyEnvironmentPolicy(c, differs, false)).toBe(c);
    expect(applyEnvironmentPolicy(c, same, true)).toBe(c);
  });
});

describe('refuse', () => {
  it('keeps nothing judged and says why', () => {
    const refused = refuse(comparison({ verdict: 'fail' }), 'script: changed since the baseline');
    expect(refused).toMatchObject({
      refused: 'script: changed since the baseline',
      series: [],
      slos: [],
      verdict: 'inconclusive',
      reasons: ['Not compared: script: changed since the baseline'],
    });
  });
});
