import { describe, expect, it } from 'vitest';
import { BODY_MAX_CHARS, CHECK_RUN_SUMMARY_MAX_BYTES } from '../../src/posting/limits.ts';
import { renderCheck } from '../../src/report/check.ts';
import { renderComment, renderCommentBody } from '../../src/report/comment.ts';
import { byteLength, fitToLimit } from '../../src/report/fit-to-limit.ts';
import { renderSummary } from '../../src/report/summary.ts';
import { decode, manySeriesContext } from './fixtures.ts';
import { mermaidBlocks, parseXyChart } from './mermaid-lint.ts';

/** Names of the series listed in the results table, in order. */
function listedSeries(markdown: string): string[] {
  const results = markdown.split('#### Results')[1]!.split('#### ')[0]!;
  return [...results.matchAll(/^\| \*\*(.+?)\*\* \|/gm)].map((m) => decode(m[1]!));
}

describe('a report that fits', () => {
  it('keeps everything, details included', () => {
    const comment = renderComment(manySeriesContext(20));
    expect(comment).toContain('<details><summary>All figures per series</summary>');
    expect(comment).not.toContain('Full report in the job summary');
    expect(listedSeries(comment)).toHaveLength(20);
  });
});

describe('60 series: too long with details, fits without', () => {
  const ctx = manySeriesContext(60);
  const comment = renderComment(ctx);

  it('drops the collapsible sections and points to the job summary', () => {
    expect(byteLength(comment)).toBeLessThanOrEqual(BODY_MAX_CHARS);
    expect(comment).not.toContain('<details>');
    expect(comment).toContain(
      '_Full report in the job summary: [workflow run](https://github.com/acme/shop/actions/runs/4242)_',
    );
  });

  it('still lists every series', () => {
    expect(listedSeries(comment)).toHaveLength(60);
    expect(comment).not.toContain('more series not shown');
  });

  it('says "of this workflow run" when the run link is unknown', () => {
    const noLink = renderComment({ ...ctx, runUrl: undefined });
    expect(noLink).toContain('_Full report in the job summary of this workflow run._');
  });
});

describe('300 series: rows must go too', () => {
  const ctx = manySeriesContext(300);
  const comment = renderComment(ctx);
  const listed = listedSeries(comment);

  it('stays under the comment limit, marker first', () => {
    expect(byteLength(comment)).toBeLessThanOrEqual(BODY_MAX_CHARS);
    expect(
      comment.startsWith('<!-- perf-gate:api -->\n### ❌ perf-gate: regression on 30 of 300 series'),
    ).toBe(true);
  });

  it('lists as many series as fit, regressions first, and counts the rest by outcome', () => {
    expect(listed.length).toBeGreaterThan(30);
    expect(listed.length).toBeLessThan(300);
    // every tenth fixture series (ids ending in 0) is a regression; they all come first
    expect(listed.slice(0, 30).every((n) => /\/\d{3}0\//.test(n))).toBe(true);
    const omitted = 300 - listed.length;
    expect(comment).toContain(`_…and ${omitted} more series not shown here (${omitted} no change)._`);
  });

  it('has a marker-less body for callers that add the marker, which fits together with it', () => {
    const body = renderCommentBody(ctx);
    expect(body.startsWith('### ')).toBe(true);
    expect(`<!-- perf-gate:api -->\n${body}`).toBe(comment);
  });

  it('is the fullest cut that fits: one more series would not', () => {
    // the next series adds six rows of at least 60 bytes each
    expect(BODY_MAX_CHARS - byteLength(comment)).toBeLessThan(6 * 200);
  });

  it('keeps a valid chart and the fold note', () => {
    expect(mermaidBlocks(comment).map(parseXyChart)).toHaveLength(1);
    expect(comment).toContain('Full report in the job summary');
  });

  it('leaves the job summary whole (well under 1 MiB)', () => {
    const summary = renderSummary(ctx);
    expect(listedSeries(summary)).toHaveLength(300);
    expect(summary).toContain('<details><summary>All figures per series</summary>');
    expect(byteLength(summary)).toBeLessThan(1024 * 1024);
  });

  it('folds the check summary the same way, under 65 535 bytes', () => {
    const check = renderCheck(ctx);
    expect(byteLength(check.summary)).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_MAX_BYTES);
    expect(check.summary).not.toContain('<!-- perf-gate');
    expect(check.summary).toContain('more series not shown');
  });
});

describe('1500 series', () => {
  // (no time limit here: a unit test must not depend on the machine's speed; under two busy loops this took 14 s)
  it('fold to fit every limit', () => {
    const ctx = manySeriesContext(1500);
    const comment = renderComment(ctx);
    const summary = renderSummary(ctx);
    expect(byteLength(comment)).toBeLessThanOrEqual(BODY_MAX_CHARS);
    expect(byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(summary).toContain('Some detail was left out to stay under the 1 MiB job summary limit');
  });
});

describe('fitToLimit, last resort', () => {
  it('cuts text that cannot fit even with no series, and says so', () => {
    const huge = `<!-- m -->\n${'😀 wide text '.repeat(10_000)}`;
    const out = fitToLimit(() => huge, 1000, 'see summary', 5);
    expect(byteLength(out)).toBeLessThanOrEqual(1000);
    expect(out.startsWith('<!-- m -->')).toBe(true);
    expect(out).toContain('report cut here');
    expect(out).not.toContain('\uFFFD');
  });
});

describe('the last-resort cut', () => {
  it('never splits a character', () => {
    const text = 'a😀b€c'.repeat(20); // 200 bytes: more than the notice
    // a limit below the notice's own size leaves nothing of the text: what remains is the notice
    const notice = fitToLimit(() => text, 1, '', 0);
    expect(notice).toContain('report cut here');
    // cuts at every byte position of the first two repeats (1-, 4- and 3-byte characters)
    for (let n = 0; n <= 20; n++) {
      const out = fitToLimit(() => text, byteLength(notice) + n, '', 0);
      expect(out.endsWith(notice)).toBe(true);
      const cut = out.slice(0, out.length - notice.length);
      expect(byteLength(cut)).toBeLessThanOrEqual(n);
      expect(cut).not.toContain('\uFFFD');
      expect(text.startsWith(cut)).toBe(true);
    }
    expect(fitToLimit(() => text, byteLength(text), '', 0)).toBe(text);
  });
});
