import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/report/summary.ts';
import { passContext } from './fixtures.ts';

describe('the runner line', () => {
  it('records CPU count, how busy the runner was, and the embedded generator’s own share', () => {
    const ctx = passContext();
    ctx.loadGenerator = { engine: 'embedded', cpuCount: 2, machineBusy: 0.62, generatorOfOneCore: 0.31 };
    expect(renderSummary(ctx)).toContain(
      '**Runner:** 2 CPUs, 62% busy while measuring (generator and services share them); the embedded load generator used 31% of one core',
    );
  });

  it('omits the generator share for k6, which runs in its own process', () => {
    const ctx = passContext();
    ctx.loadGenerator = { engine: 'k6', cpuCount: 4, machineBusy: 0.4 };
    const summary = renderSummary(ctx);
    expect(summary).toContain(
      '**Runner:** 4 CPUs, 40% busy while measuring (generator and services share them)\n',
    );
    expect(passContext().loadGenerator).toBeUndefined();
    expect(renderSummary(passContext())).not.toContain('**Runner:**');
  });
});

describe('the cached-baseline trend line (same-job design)', () => {
  it('says what the cached baseline shows, for the trend only', () => {
    const ctx = passContext();
    ctx.cachedTrend = {
      baseline: { commit: 'abcdef1234567', ref: 'main', timeMs: ctx.nowMs - 2 * 86_400_000 },
      verdict: 'inconclusive',
      summary: 'GET /users P50 +8% is within the between-job noise',
    };
    expect(renderSummary(ctx)).toMatch(
      /\*\*Against the cached baseline\*\* .*abcdef1.*\(main, 2 d(ays)? old\), for the trend only: inconclusive; GET \/users P50 \+8% is within the between-job noise/,
    );
  });
});
