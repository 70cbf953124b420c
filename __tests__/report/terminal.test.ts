import { describe, expect, it } from 'vitest';
import { renderTerminalTable } from '../../src/report/terminal.ts';
import { inconclusiveContext, noBaselineContext, regressionContext } from './fixtures.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding ANSI codes is the point
const ANSI = /\u001b\[[0-9;]*m/g;

describe('renderTerminalTable', () => {
  const ctx = regressionContext();
  const plain = renderTerminalTable(ctx, { color: false });
  const colored = renderTerminalTable(ctx, { color: true });

  it('without colour has no escape codes at all', () => {
    expect(plain).not.toContain('\u001b');
  });

  it('with colour differs only by escape codes', () => {
    expect(colored).toMatch(ANSI);
    expect(colored.replace(ANSI, '')).toBe(plain);
  });

  it('paints the verdict and regressions red', () => {
    expect(colored.startsWith('\u001b[31mFAIL\u001b[39m  perf-gate: regression on 1 of 4 series')).toBe(true);
    expect(colored).toContain('\u001b[31mregression\u001b[39m');
  });

  it('aligns columns: every row of the table starts each column at the same offset', () => {
    const table = plain.split('\n\n')[1]!.split('\n');
    const rule = table[1]!;
    const starts = [...rule.matchAll(/-+/g)].map((m) => m.index!);
    expect(starts).toHaveLength(6);
    for (const row of table.slice(2)) {
      // right-aligned numeric columns end where their rule ends
      const ruleEnds = [...rule.matchAll(/-+/g)].map((m) => m.index! + m[0].length);
      for (const col of [2, 3, 4]) expect(row[ruleEnds[col]! - 1]).not.toBe(' ');
      expect(row.slice(starts[5]!)).toMatch(/^(regression|no change)$/);
    }
  });

  it('has no trailing spaces', () => {
    for (const line of plain.split('\n')) expect(line).toBe(line.trimEnd());
  });

  it('shows inconclusive reasons and not-gated metrics in words', () => {
    const out = renderTerminalTable(inconclusiveContext(), { color: false });
    expect(out.startsWith('INCONCLUSIVE  perf-gate: inconclusive on 1 of 4 series')).toBe(true);
    expect(out).toContain('not gated: P99 from 980 requests: too thin to gate');
  });

  it('explains a missing baseline and shows the PR figures', () => {
    const out = renderTerminalTable(noBaselineContext(), { color: false });
    expect(out).toContain('NO BASELINE  perf-gate: no baseline yet');
    expect(out).toContain('What to do: Run perf-gate on the base branch');
    expect(out).toMatch(/GET \/users\s+5005\s+7\.70 ms/);
  });
});
