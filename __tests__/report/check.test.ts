import { describe, expect, it } from 'vitest';
import { renderCheck } from '../../src/report/check.ts';
import { HEADLINE_MAX } from '../../src/report/headline.ts';
import {
  comparison,
  context,
  inconclusiveContext,
  key,
  metric,
  noBaselineContext,
  passContext,
  refusedContext,
  regressionContext,
  series,
} from './fixtures.ts';

describe('the check conclusion of each verdict', () => {
  it.each([
    ['pass', {}, 'success'],
    ['fail', {}, 'failure'],
    ['fail', { failOnRegression: true }, 'failure'],
    ['fail', { failOnRegression: false }, 'neutral'],
    ['inconclusive', {}, 'neutral'],
    ['inconclusive', { onInconclusive: 'failure' }, 'failure'],
    ['inconclusive', { onInconclusive: 'success' }, 'success'],
    ['no-baseline', { onInconclusive: 'failure' }, 'neutral'],
    ['no-baseline', {}, 'neutral'],
  ] as const)('%s with %j → %s', (verdict, options, want) => {
    const contexts = {
      pass: passContext,
      fail: regressionContext,
      inconclusive: inconclusiveContext,
      'no-baseline': noBaselineContext,
    };
    expect(renderCheck(contexts[verdict](), options).conclusion).toBe(want);
  });
});

describe('renderCheck', () => {
  it('titles a regression with the headline and fails', () => {
    const check = renderCheck(regressionContext());
    expect(check.conclusion).toBe('failure');
    expect(check.title).toBe('❌ perf-gate: regression on 1 of 4 series (GET /users P99 +50.0%)');
    expect(check.summary.startsWith('### ❌ perf-gate: regression')).toBe(true);
  });

  it('passes a pass', () => {
    expect(renderCheck(passContext()).conclusion).toBe('success');
  });

  it('maps inconclusive and refused through onInconclusive', () => {
    expect(renderCheck(inconclusiveContext()).conclusion).toBe('neutral');
    expect(renderCheck(refusedContext(), { onInconclusive: 'failure' }).conclusion).toBe('failure');
  });

  it('is neutral without a baseline', () => {
    expect(renderCheck(noBaselineContext(), { onInconclusive: 'failure' }).conclusion).toBe('neutral');
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
