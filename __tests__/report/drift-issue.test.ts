import { describe, expect, it } from 'vitest';
import { renderDriftIssue, renderDriftRecovery } from '../../src/report/drift-issue.ts';
import { decode, nightlyContext, passContext } from './fixtures.ts';
import { mermaidBlocks, parseXyChart } from './mermaid-lint.ts';

describe('renderDriftIssue', () => {
  const issue = renderDriftIssue(nightlyContext());

  it('titles the issue with the metric, series, shift and window', () => {
    expect(issue.title).toBe('perf-gate: P99 of GET /users drifted +14.0% over 14 nightlies (API smoke)');
  });

  it('has the trend chart and the drift line in its body', () => {
    const body = decode(issue.body);
    expect(body.split('\n')[0]).toBe(`### 📈 ${issue.title}`);
    expect(mermaidBlocks(issue.body).map(parseXyChart)[0]!.data[0]!.values).toHaveLength(14);
    expect(body).toContain('📈 **Drift:** P99 of GET /users shifted +14.0% [+9.0%, +19.0%]');
    expect(body).toContain('[latest nightly run](https://github.com/acme/shop/actions/runs/4242)');
  });

  it('refuses a context without a detected drift', () => {
    expect(() => renderDriftIssue(passContext())).toThrow(
      /nightly\.drift must be present with detected=true/,
    );
  });
});

describe('renderDriftRecovery', () => {
  it('says the shift is over, naming the latest nightly', () => {
    const ctx = nightlyContext();
    ctx.nightly!.drift = { detected: false, change: 0.01, window: 14 };
    expect(decode(renderDriftRecovery(ctx))).toBe(
      '✅ No sustained shift of P99 of GET /users over the last 14 nightlies, latest nightly `17c0ffe` (2024-04-30). Closing.\n',
    );
  });

  it('refuses a context whose drift is still detected', () => {
    expect(() => renderDriftRecovery(nightlyContext())).toThrow(/detected=false/);
  });
});
