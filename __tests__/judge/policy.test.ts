import { describe, expect, it } from 'vitest';
import {
  checkConclusion,
  ExitCode,
  exitCodeFor,
  stepFailure,
  type VerdictPolicy,
} from '../../src/judge/policy.ts';
import { reportVerdict } from '../../src/report/headline.ts';
import {
  inconclusiveContext,
  noBaselineContext,
  passContext,
  refusedContext,
  regressionContext,
} from '../report/fixtures.ts';

const DEFAULTS: VerdictPolicy = { failOnRegression: true, onInconclusive: 'neutral' };

describe('checkConclusion', () => {
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
    expect(checkConclusion(verdict, { ...DEFAULTS, ...options })).toBe(want);
  });

  it("maps a report's verdict: a regression fails, a pass passes", () => {
    expect(checkConclusion(reportVerdict(regressionContext()), DEFAULTS)).toBe('failure');
    expect(checkConclusion(reportVerdict(passContext()), DEFAULTS)).toBe('success');
  });

  it('maps inconclusive and refused through onInconclusive', () => {
    expect(checkConclusion(reportVerdict(inconclusiveContext()), DEFAULTS)).toBe('neutral');
    const failing: VerdictPolicy = { ...DEFAULTS, onInconclusive: 'failure' };
    expect(checkConclusion(reportVerdict(refusedContext()), failing)).toBe('failure');
  });

  it('is neutral without a baseline', () => {
    const failing: VerdictPolicy = { ...DEFAULTS, onInconclusive: 'failure' };
    expect(checkConclusion(reportVerdict(noBaselineContext()), failing)).toBe('neutral');
  });
});

describe('stepFailure', () => {
  it('fails the step exactly when the check fails, saying why', () => {
    expect(stepFailure('fail', DEFAULTS)).toBe('perf-gate: regression or SLO breach');
    expect(stepFailure('fail', { ...DEFAULTS, failOnRegression: false })).toBeUndefined();
    expect(stepFailure('inconclusive', DEFAULTS)).toBeUndefined();
    expect(stepFailure('inconclusive', { ...DEFAULTS, onInconclusive: 'failure' })).toBe(
      'perf-gate: inconclusive (on-inconclusive: failure)',
    );
    expect(stepFailure('no-baseline', { ...DEFAULTS, onInconclusive: 'failure' })).toBeUndefined();
    expect(stepFailure('pass', DEFAULTS)).toBeUndefined();
  });
});

describe('exitCodeFor', () => {
  it('tells pass, fail and anything undecided apart', () => {
    expect(exitCodeFor('pass')).toBe(ExitCode.Pass);
    expect(exitCodeFor('fail')).toBe(ExitCode.Fail);
    expect(exitCodeFor('inconclusive')).toBe(ExitCode.Inconclusive);
    expect(exitCodeFor('no-baseline')).toBe(ExitCode.Inconclusive);
  });
});
