import { describe, expect, it } from 'vitest';
import { renderCheck } from '../../src/report/check.ts';
import { HEADLINE_MAX } from '../../src/report/headline.ts';
import { comparison, context, key, metric, regressionContext, series } from './fixtures.ts';

describe('renderCheck', () => {
  it('titles a regression with the headline', () => {
    const check = renderCheck(regressionContext());
    expect(check.title).toBe('❌ perf-gate: regression on 1 of 4 series (GET /users P99 +50.0%)');
    expect(check.summary.startsWith('### ❌ perf-gate: regression')).toBe(true);
  });

  it('keeps the title short however long the series name, and on one line', () => {
    const ctx = context({
      comparison: comparison({
        series: [
          series(key('GET', `/${'very-long-segment/'.repeat(30)}\nsecond line`), [
            metric('p50', { baseline: 5, change: 0.3, interval: [0.2, 0.4], outcome: 'regression' }),
          ]),
        ],
        verdict: 'fail',
      }),
    });
    const { title } = renderCheck(ctx);
    expect([...title].length).toBeLessThanOrEqual(HEADLINE_MAX + '❌ perf-gate: '.length);
    expect(title).not.toContain('\n');
    expect(title).toMatch(/… P50 \+30\.0%\)$/);
  });
});
