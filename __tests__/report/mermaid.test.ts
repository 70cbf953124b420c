import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/comment.ts';
import { renderSummary } from '../../src/report/summary.ts';
import { niceCeil, renderXyChart } from '../../src/report/xy-chart.ts';
import {
  comparison,
  context,
  inconclusiveContext,
  key,
  metric,
  nightlyContext,
  regressionContext,
  series,
} from './fixtures.ts';
import { mermaidBlocks, parseXyChart } from './mermaid-lint.ts';

describe('the checker itself', () => {
  it('rejects what Mermaid would reject', () => {
    const bad = [
      'xychart-beta\n    x-axis ["a"]\n    y-axis "ms"\n    bar [1e3]',
      'xychart-beta\n    x-axis ["a", "b"]\n    y-axis "ms"\n    bar [1]',
      'xychart-beta\n    x-axis ["a"]\n    bar [1]',
      'xychart-beta\n    x-axis ["a"b"]\n    y-axis "ms"\n    bar [1]',
      'xychart-beta\n    x-axis ["a"]\n    y-axis "ms"\n    line [NaN]',
      'xychart-beta\n    title "50%% done"\n    x-axis ["a"]\n    y-axis "ms"\n    line [1]',
    ];
    for (const block of bad) expect(() => parseXyChart(block)).toThrow();
  });
});

describe('latency quantile chart', () => {
  const blocks = mermaidBlocks(renderComment(regressionContext()));

  it('is one valid xychart of the worst series: P50…P99 as bars (baseline) and a line (PR)', () => {
    expect(blocks).toHaveLength(1);
    const chart = parseXyChart(blocks[0]!);
    expect(chart.xLabels).toEqual(['P50', 'P90', 'P95', 'P99']);
    expect(chart.data.map((d) => d.kind)).toEqual(['bar', 'line']);
    expect(chart.data[0]!.values).toEqual([7.8, 9.9, 10.8, 12]);
    expect(chart.data[1]!.values[3]).toBeCloseTo(18, 6);
    expect(blocks[0]).toContain('title "Latency of GET /users"');
  });

  it('has a y range from 0 to a round number above the highest value', () => {
    expect(blocks[0]).toMatch(/y-axis "ms" 0 --> 20\n/);
  });

  it('leaves out quantiles that were not measured', () => {
    const chart = parseXyChart(mermaidBlocks(renderComment(inconclusiveContext()))[0]!);
    expect(chart.xLabels).toEqual(['P50', 'P99']);
  });

  it('is left out when fewer than two quantiles exist', () => {
    const ctx = context({
      comparison: comparison({
        series: [series(key('GET', '/x'), [metric('p99', { baseline: 5, change: 0 })])],
      }),
    });
    expect(mermaidBlocks(renderComment(ctx))).toHaveLength(0);
  });

  it('stays valid for a hostile series name', () => {
    const name = '/a"]\n%%{init: {"theme":"dark"}}%%\n```\n[x]';
    const ctx = context({
      comparison: comparison({
        series: [
          series(key('GET', name), [
            metric('p50', { baseline: 1, change: 0 }),
            metric('p99', { baseline: 2, change: 0 }),
          ]),
        ],
      }),
    });
    const markdown = renderComment(ctx);
    const found = mermaidBlocks(markdown);
    expect(found).toHaveLength(1);
    expect(() => parseXyChart(found[0]!)).not.toThrow();
    // the fence is closed exactly once after the block opened
    expect(markdown.match(/^```/gm)).toHaveLength(2);
  });
});

describe('nightly trend chart', () => {
  const markdown = renderSummary(nightlyContext());
  const blocks = mermaidBlocks(markdown);

  it('adds a valid line chart with one point per nightly, labelled by date', () => {
    expect(blocks).toHaveLength(2);
    const trend = parseXyChart(blocks[1]!);
    expect(trend.data).toHaveLength(1);
    expect(trend.data[0]!.kind).toBe('line');
    expect(trend.data[0]!.values).toHaveLength(14);
    expect(trend.xLabels[0]).toBe('04-17');
    expect(new Set(trend.xLabels).size).toBe(14);
  });

  it('keeps labels unique when two nightlies fall on one day', () => {
    const ctx = nightlyContext();
    const h = ctx.nightly!.history;
    h[1] = { ...h[1]!, timeMs: h[0]!.timeMs + 3_600_000 };
    const trend = parseXyChart(mermaidBlocks(renderSummary(ctx))[1]!);
    expect(trend.xLabels.slice(0, 2)).toEqual(['04-17 12:00', '04-17 13:00']);
  });
});

describe('renderXyChart', () => {
  it('refuses series whose length differs from the x labels', () => {
    expect(() =>
      renderXyChart({ title: 't', xLabels: ['a', 'b'], yTitle: 'ms', bars: [[1]], lines: [] }),
    ).toThrow(/1 values for 2 x labels/);
  });

  it('writes numbers without exponents', () => {
    const block = renderXyChart({
      title: 't',
      xLabels: ['a', 'b'],
      yTitle: 'ms',
      bars: [[0.0000001, 123456.789]],
      lines: [],
    });
    expect(block).toContain('bar [0, 123457]');
    expect(() => parseXyChart(mermaidBlocks(`${block}\n`)[0]!)).not.toThrow();
  });
});

describe('niceCeil', () => {
  it.each([
    [13.2, 20],
    [0.84, 1],
    [150, 200],
    [4.5, 5],
    [10, 10],
    [0, 1],
  ])('%d → %d', (x, want) => {
    expect(niceCeil(x)).toBe(want);
  });
});
