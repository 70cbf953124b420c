import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/comment.ts';
import type { ReportContext } from '../../src/report/context.ts';
import { renderSummary } from '../../src/report/summary.ts';
import type { LoadModelSource } from '../../src/results/types.ts';
import {
  comparison,
  context,
  decode,
  forkContext,
  inconclusiveContext,
  key,
  metric,
  nightlyContext,
  noBaselineContext,
  passContext,
  refusedContext,
  regressionContext,
  sameJobContext,
  series,
  steadyMetrics,
} from './fixtures.ts';

/** The comment as a reviewer reads it, line by line. */
function lines(ctx: ReportContext): string[] {
  return decode(renderComment(ctx)).split('\n');
}

/** Data rows of the results table (the first table after "#### Results"). */
function resultRows(markdown: string): string[][] {
  const after = markdown.split('#### Results')[1] ?? '';
  const block = after.split('\n\n').find((b) => b.startsWith('| Series'));
  return (block ?? '')
    .split('\n')
    .slice(2)
    .map((row) => row.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, '').trim()));
}

describe('regression', () => {
  const ctx = regressionContext();
  const text = decode(renderComment(ctx));

  it('starts with the hidden marker, then the verdict in one line', () => {
    const [first, second] = lines(ctx);
    expect(first).toBe('<!-- perf-gate:api -->');
    expect(second).toBe('### ❌ perf-gate: regression on 1 of 4 series (GET /users P99 +50.0%)');
  });

  it('says which baseline, how old, which PR commit and how many runs', () => {
    expect(lines(ctx)[3]).toBe(
      '**API smoke** · baseline `a1b2c3d` (main, 3 h old) · PR `f00dfac` · 5 runs per side',
    );
  });

  it('lists the regressed series first, with change, interval, noise floor and outcome per metric', () => {
    const rows = resultRows(text);
    expect(rows[0]).toEqual([
      '**GET /users**',
      'P50',
      '7.80 ms',
      '10.6 ms',
      '+36.0% [+30.0%, +42.0%]',
      '+5.0% / -4.8%',
      '🔴 regression',
    ]);
    expect(rows[3]).toEqual([
      '',
      'P99',
      '12.0 ms',
      '18.0 ms',
      '+50.0% [+38.0%, +62.0%]',
      '+12.0% / -10.7%',
      '🔴 regression',
    ]);
    expect(
      rows
        .slice(6)
        .map((r) => r[0])
        .filter((n) => n !== ''),
    ).toEqual(['**GET /health**', '**GET /orders**', '**POST /login**']);
  });

  it('gives the reasons of the statistics', () => {
    expect(text).toContain('**Why:**\n- GET /users P50 is 36% slower (interval +30% to +42%, tolerance 10%)');
  });

  it('states design, noise and open-model signals', () => {
    expect(text).toContain(
      '**Design:** cached baseline from an earlier job; between-job spread 4.1% CV, the prior blended with 12 earlier baselines',
    );
    expect(text).toContain('**Noise:** baseline CV across runs, median 4.4%, highest 6.1% (GET /users P99)');
    expect(text).toContain(
      '**Open model:** dropped iterations 0 → 3; achieved rate 99.9 it/s → 99.6 it/s (target 100 it/s)',
    );
    expect(text).toContain(
      '**Baseline:** `a1b2c3d` on main, measured 2024-05-01 09:00 UTC (3 h old), cached baseline of this exact commit',
    );
  });

  it('folds the full tables and the method into collapsible sections, seed included', () => {
    expect(text).toContain('<details><summary>All figures per series</summary>');
    expect(text).toContain('<details><summary>Method and seed</summary>');
    expect(text).toContain('**Seed:** 12345');
    expect(text).toContain('Holm-adjusted');
    expect(text.match(/<details>/g)).toHaveLength(text.match(/<\/details>/g)!.length);
  });

  it('ends with the version and the run link', () => {
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '<sub>perf-gate 0.1.0 · [workflow run](https://github.com/acme/shop/actions/runs/4242)</sub>',
    );
  });
});

describe('pass', () => {
  it('says no detectable change, with no regression or inconclusive rows', () => {
    const text = decode(renderComment(passContext()));
    expect(text.split('\n')[1]).toBe('### ✅ perf-gate: no detectable change (4 series)');
    expect(text).not.toContain('🔴');
    expect(text).not.toContain('🟡');
    expect(resultRows(text)).toHaveLength(24);
  });

  it('names an improvement when there is one', () => {
    const ctx = context({
      comparison: comparison({
        series: [
          series(key('GET', '/fast'), [
            metric('p50', { baseline: 10, change: -0.25, interval: [-0.3, -0.2], outcome: 'improvement' }),
          ]),
          series(key('GET', '/same'), steadyMetrics()),
        ],
      }),
    });
    const text = decode(renderComment(ctx));
    expect(text.split('\n')[1]).toBe(
      '### ✅ perf-gate: no regression; improvement on 1 of 2 series (GET /fast P50 -25.0%)',
    );
    expect(resultRows(text)[0]).toContain('🟢 improvement');
  });
});

describe('method: what decided the load model', () => {
  const designLine = (loadModelSource: { baseline: LoadModelSource[]; candidate: LoadModelSource[] }) =>
    lines(
      context({
        comparison: comparison({ series: [series(key('GET', '/a'), steadyMetrics())], loadModelSource }),
      }),
    ).find((l) => l.startsWith('- **Design:** cached baseline;'));

  it("names one source for both sides, and each side's when they differ", () => {
    expect(designLine({ baseline: ['input'], candidate: ['input'] })).toBe(
      '- **Design:** cached baseline; load model: open, decided by the load-model setting',
    );
    expect(designLine({ baseline: ['k6-inspect'], candidate: ['input', 'k6-inspect'] })).toBe(
      "- **Design:** cached baseline; load model: open (decided for the baseline by the script's scenario executors (k6 inspect); for the PR by the load-model setting and the script's scenario executors (k6 inspect))",
    );
  });
});

describe('no series in common', () => {
  it('says nothing was compared instead of drawing an empty table', () => {
    const ctx = context({
      comparison: comparison({ series: [], added: ['default › GET /new'], removed: ['default › GET /old'] }),
    });
    const text = decode(renderComment(ctx));
    expect(text).toContain('_No series was measured on both sides, so nothing was compared._');
    expect(text).not.toContain('| Series |');
    expect(text).not.toContain('All figures per series');
  });
});

describe('inconclusive', () => {
  const text = decode(renderComment(inconclusiveContext()));

  it('headlines the undecided series and how many runs would decide it', () => {
    expect(text.split('\n')[1]).toBe(
      '### ⚠️ perf-gate: inconclusive on 1 of 4 series (GET /orders P99 +6.0%, needs ~12 runs per side)',
    );
  });

  it('gives the reason in the outcome cell', () => {
    expect(resultRows(text)[1]).toEqual([
      '',
      'P99',
      '11.8 ms',
      '12.5 ms',
      '+6.0% [-2.0%, +14.0%]',
      '+8.0% / -7.4%',
      '🟡 inconclusive: the interval reaches past the 10% tolerance; about 12 runs a side would likely decide it',
    ]);
  });

  it('shows thin and unstable metrics, marked as not gated', () => {
    expect(text).toContain('▫️ not gated: P99 from 980 requests: too thin to gate');
    expect(text).toContain('▫️ not gated: unstable baseline: CV 14.2% across runs, above the 10% limit');
    expect(text).toContain('unstable, so not gated: POST /login P99 (CV 14.2%)');
  });
});

describe('no baseline', () => {
  it('says so at the top, explains, and shows the PR figures', () => {
    const text = decode(renderComment(noBaselineContext()));
    const all = text.split('\n');
    expect(all[1]).toBe('### ⚪ perf-gate: no baseline yet: first run, nothing recorded for the base branch');
    expect(all[3]).toBe('**API smoke** · PR `f00dfac`');
    expect(text).toContain('> [!NOTE]');
    expect(text).toContain('> **What to do:** Run perf-gate on the base branch');
    expect(text).toContain('| GET /users | 5005 | 7.70 ms | 9.80 ms | 10.7 ms | 12.1 ms | 100 req/s | 0% |');
    expect(text).not.toContain('#### Results');
    expect(text).not.toContain('```mermaid');
    // no second side, so no environment comparison and no conditions heading
    expect(text).not.toContain('#### Conditions');
  });

  it.each([
    ['evicted', 'evicts caches not used for 7 days'],
    ['cache-unavailable', 're-run the job'],
    ['unreadable', 'incompatible perf-gate version'],
  ] as const)('explains %s and what to do', (reason, words) => {
    const ctx = { ...noBaselineContext(), noBaseline: { reason, detail: 'gunzip: unexpected end of file' } };
    const text = decode(renderComment(ctx));
    expect(text).toContain(words);
    expect(text).toContain('Details: gunzip: unexpected end of file');
  });
});

describe('refused comparison', () => {
  const text = decode(renderComment(refusedContext()));

  it('headlines it as incomparable, with the reason', () => {
    expect(text.split('\n')[1]).toBe(
      '### 🚫 perf-gate: incomparable: the runners differ: 4 CPUs (baseline) vs 2 CPUs (PR)',
    );
  });

  it('says nothing was judged and what to do, and lists the differences', () => {
    expect(text).toContain('> [!CAUTION]');
    expect(text).toContain('Nothing was judged, so this is not a pass.');
    expect(text).toContain('turn strict environment matching off');
    expect(text).toContain('**Environment differs** (strict matching is on, so they may not be compared):');
    expect(text).toContain('  - CPU count: 4 → 2');
  });

  it('shows no results, chart, noise or seed', () => {
    expect(text.match(/#### Conditions/g)).toHaveLength(1);
    expect(text).not.toContain('#### Results');
    expect(text).not.toContain('```mermaid');
    expect(text).not.toContain('**Noise:**');
    expect(text).not.toContain('Seed');
  });
});

describe('fork / missing permissions', () => {
  const text = decode(renderSummary(forkContext()));

  it('names the missing permissions and what each is needed for', () => {
    expect(text).toContain('> [!IMPORTANT]');
    expect(text).toContain('This pull request comes from a fork, so its GITHUB_TOKEN is read-only.');
    expect(text).toContain(
      '**pull-requests: write** (to post the PR comment), **checks: write** (to create the check run)',
    );
  });

  it('points to the two-workflow pattern in the docs', () => {
    expect(text).toContain('two-workflow pattern');
    expect(text).toContain('[the docs](https://github.com/acme/perf-gate/blob/main/docs/forks.md)');
  });

  it('still renders the results', () => {
    expect(text).toContain('### ✅ perf-gate: no detectable change (4 series)');
    expect(text).toContain('#### Results');
  });

  it('words a non-fork permission gap differently', () => {
    const ctx = {
      ...forkContext(),
      permissions: { fork: false, missing: ['pull-requests: write'], docsUrl: 'https://x.example/d' },
    };
    expect(decode(renderSummary(ctx))).toContain("The workflow's token lacks permissions perf-gate needs.");
  });
});

describe('same-job design', () => {
  const text = decode(renderComment(sameJobContext()));

  it('describes the pairs', () => {
    expect(text).toContain('**Design:** same job, 3 interleaved base/PR pairs, judged on per-pair ratios');
    expect(text).toContain('measured in this job');
  });

  it('lists per-pair ratios in a collapsible section', () => {
    expect(text).toContain('<details><summary>Per-pair ratios (headline metric)</summary>');
    expect(text).toContain('| 1 | AB | 1.012 | +1.2% |');
    expect(text).toContain('| 2 | BA | 0.994 | -0.60% |');
  });
});

describe('SLOs, thresholds, environment, added and removed series', () => {
  const base = passContext();
  const users = base.comparison!.series.find((s) => s.key.name === '/users')!;
  const ctx: ReportContext = {
    ...base,
    comparison: {
      ...base.comparison!,
      slos: [
        {
          spec: { series: '*', metric: 'p99', limit: 250 },
          seriesId: users.id,
          estimate: 180,
          interval: [170, 190],
          status: 'met',
        },
        {
          spec: { series: '*', metric: 'throughput', limit: 120 },
          seriesId: users.id,
          estimate: 100,
          interval: [99, 101],
          status: 'breached',
        },
      ],
      added: ['default › GET /new'],
      removed: ['default › GET /old'],
    },
    thresholdBreaches: {
      baseline: [],
      candidate: [{ metric: 'http_req_duration', expressions: ['p(99)<5', 'p(95)<3'] }],
    },
    environment: { differences: ['k6 version: v0.49.0 → v0.50.0'], strict: false },
  };
  const text = decode(renderComment(ctx));

  it('tables SLOs, breached first, with bounds in the right direction', () => {
    expect(text).toContain('#### SLOs');
    expect(text).toContain(
      '| GET /users | throughput | ≥ 120 req/s | 100 req/s [99.0 req/s, 101 req/s] | ❌ breached |',
    );
    expect(text).toContain('| GET /users | P99 | ≤ 250 ms | 180 ms [170 ms, 190 ms] | ✅ met |');
    expect(text.indexOf('❌ breached')).toBeLessThan(text.indexOf('✅ met'));
  });

  it('lists k6 threshold breaches per side', () => {
    expect(text).toContain(
      '**k6 thresholds crossed:** baseline none · PR http_req_duration: p(99)<5, p(95)<3',
    );
  });

  it('lists environment differences as informational when not strict', () => {
    expect(text).toContain(
      '**Environment differs** (informational, strict matching is off):\n  - k6 version: v0.49.0 → v0.50.0',
    );
  });

  it('lists series present on one side only', () => {
    expect(text).toContain('**New in the PR** (not compared): default › GET /new');
    expect(text).toContain('**Gone in the PR** (not compared): default › GET /old');
  });

  it('headlines a failure caused by an SLO alone', () => {
    const failing = { ...ctx, comparison: { ...ctx.comparison!, verdict: 'fail' as const } };
    expect(decode(renderComment(failing)).split('\n')[1]).toBe(
      '### ❌ perf-gate: SLO breached once (GET /users throughput 100 req/s < 120 req/s)',
    );
  });
});

describe('nightly', () => {
  const text = decode(renderSummary(nightlyContext()));

  it('has a trend section and a drift line', () => {
    expect(text).toContain('#### Nightly trend');
    expect(text).toContain('_P99 of GET /users per nightly, oldest first._');
    expect(text).toContain(
      '📈 **Drift:** P99 of GET /users shifted +14.0% [+9.0%, +19.0%] over the last 14 nightlies, starting with `14c0ffe` (2024-04-27).',
    );
  });

  it('says when there is no drift, and when there are too few nightlies for a chart', () => {
    const ctx = nightlyContext();
    ctx.nightly = {
      ...ctx.nightly!,
      history: ctx.nightly!.history.slice(0, 1),
      drift: { detected: false, change: 0.01, window: 1 },
    };
    const out = decode(renderSummary(ctx));
    expect(out).toContain('_Not enough nightlies yet for a trend (1 so far)._');
    expect(out).toContain(
      '**Drift:** none; no sustained shift of P99 of GET /users over the last 1 nightlies.',
    );
  });

  it('says why drift could not be judged', () => {
    const ctx = nightlyContext();
    ctx.nightly!.drift = {
      detected: false,
      change: Number.NaN,
      window: 3,
      reason: 'drift needs 8 nightlies; the history has 3',
    };
    expect(decode(renderSummary(ctx))).toContain(
      '**Drift:** not judged: drift needs 8 nightlies; the history has 3.',
    );
  });
});

describe('context validation', () => {
  it('needs exactly one of comparison and noBaseline', () => {
    expect(() => renderComment(context())).toThrow(/exactly one of 'comparison' and 'noBaseline'.*neither/);
    expect(() => renderComment({ ...regressionContext(), noBaseline: { reason: 'first-run' } })).toThrow(
      /both/,
    );
  });

  it('accepts only plain http(s) links', () => {
    expect(() => renderComment({ ...passContext(), runUrl: 'javascript:alert(1)' })).toThrow(/runUrl/);
    expect(() => renderComment({ ...passContext(), runUrl: 'https://x.example/a) [y](z' })).toThrow(/runUrl/);
  });

  it('refuses a scenario id that would break the marker', () => {
    const withId = (id: string) => ({ ...passContext(), scenario: { id, name: 'Checkout' } });
    expect(() => renderComment(withId('a --> b'))).toThrow(/HTML comment/);
    expect(renderComment(withId('checkout')).startsWith('<!-- perf-gate:checkout -->\n')).toBe(true);
  });
});
