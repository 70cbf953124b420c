import type { Comparison, SloResult } from '../../stats/types.ts';
import type { BaselineSource, ThresholdBreach } from '../context.ts';
import {
  formatAge,
  formatPercent,
  formatValue,
  metricLabel,
  shortSha,
  significant,
  UNIT_OF,
} from '../format.ts';
import { bullets, capped, commitRef, table } from '../markdown-blocks.ts';
import { NAME_MAX, type ReportView } from '../view.ts';

/** Longest list (environment differences, unstable metrics, added series …) shown inline. */
export const LIST_MAX = 20;

const SOURCE_WORDS: Record<BaselineSource, string> = {
  'cache exact': 'cached baseline of this exact commit',
  'cache newest of branch': 'newest cached baseline of the branch (no baseline of the exact base commit)',
  'same-job': 'measured in this job',
  none: 'no baseline',
};

/** "**checkout** · baseline `abc1234` (main, 3 h old) · PR `def5678` · 5 runs per side" */
export function metaLine(view: ReportView): string {
  const { ctx, sanitize } = view;
  const parts = [`**${sanitize.md(ctx.scenario.name, NAME_MAX)}**`];
  if (ctx.baseline && ctx.baseline.source !== 'none') {
    const age = formatAge(ctx.nowMs, ctx.baseline.timeMs);
    parts.push(
      `baseline ${commitRef(shortSha(ctx.baseline.commit), sanitize.md)} (${sanitize.md(ctx.baseline.ref)}, ${age})`,
    );
  }
  parts.push(`PR ${commitRef(shortSha(ctx.candidate.commit), sanitize.md)}`);
  const runs = view.comparison?.runs;
  if (runs) {
    parts.push(
      runs.baseline === runs.candidate
        ? `${runs.candidate} runs per side`
        : `${runs.baseline} baseline runs, ${runs.candidate} PR runs`,
    );
  }
  return parts.join(' · ');
}

function baselineItem(view: ReportView): string | undefined {
  const b = view.ctx.baseline;
  if (!b || b.source === 'none') return undefined;
  const when =
    b.timeMs === undefined
      ? 'at an unknown time'
      : `${new Date(b.timeMs).toISOString().replace('T', ' ').slice(0, 16)} UTC (${formatAge(view.ctx.nowMs, b.timeMs)})`;
  return `**Baseline:** ${commitRef(shortSha(b.commit), view.sanitize.md)} on ${view.sanitize.md(b.ref)}, measured ${when}, ${SOURCE_WORDS[b.source]}`;
}

function designItem(comparison: Comparison): string {
  if (comparison.design === 'same-job') {
    const pairs =
      comparison.pairs?.ratios.length ?? Math.min(comparison.runs.baseline, comparison.runs.candidate);
    return `**Design:** same job, ${pairs} interleaved base/PR pairs, judged on per-pair ratios`;
  }
  const bj = comparison.betweenJob;
  const spread = bj
    ? bj.source === 'history'
      ? `; between-job spread ${formatPercent(bj.cv)} CV, the prior blended with ${bj.historySize} earlier baselines`
      : `; between-job spread ${formatPercent(bj.cv)} CV, a prior (no history yet)`
    : '';
  return `**Design:** cached baseline from an earlier job${spread}`;
}

function noiseItem(view: ReportView): string {
  const finite = view.ctx.noise.filter((n) => Number.isFinite(n.cv));
  if (finite.length === 0) {
    return `**Noise:** ${view.comparison && view.comparison.runs.baseline <= 1 ? 'one baseline run, so its run-to-run noise is unknown' : 'not measured'}`;
  }
  const cvs = finite.map((n) => n.cv).sort((a, b) => a - b);
  const median = cvs[Math.floor((cvs.length - 1) / 2)]!;
  const top = finite.reduce((a, b) => (b.cv > a.cv ? b : a));
  const label = (n: (typeof finite)[number]) =>
    `${view.sanitize.md(view.nameOfId(n.seriesId), NAME_MAX)} ${metricLabel(n.metric)}`;
  const parts = [
    `**Noise:** baseline CV across runs, median ${formatPercent(median)}, highest ${formatPercent(top.cv)} (${label(top)})`,
  ];
  const unstable = view.ctx.noise.filter((n) => !n.stable);
  if (unstable.length > 0) {
    const names = capped(
      unstable.map((n) => `${label(n)} (CV ${formatPercent(n.cv)})`),
      LIST_MAX,
    );
    parts.push(`unstable, so not gated: ${names.join(', ')}`);
  }
  return parts.join('; ');
}

function environmentItem(view: ReportView): string | undefined {
  const { differences, strict } = view.ctx.environment;
  if (differences.length === 0) {
    // without a baseline there is no second side to differ from
    return view.comparison ? '**Environment:** no differences between the two sides' : undefined;
  }
  const how = strict
    ? 'strict matching is on, so they may not be compared'
    : 'informational, strict matching is off';
  const list = capped(
    differences.map((d) => view.sanitize.md(d, 300)),
    LIST_MAX,
  );
  return `**Environment differs** (${how}):\n${list.map((d) => `  - ${d}`).join('\n')}`;
}

function breachText(view: ReportView, breaches: ThresholdBreach[]): string {
  if (breaches.length === 0) return 'none';
  const items = breaches.map(
    (b) =>
      `${view.sanitize.md(b.metric, NAME_MAX)}: ${b.expressions.map((e) => view.sanitize.md(e, 200)).join(', ')}`,
  );
  return capped(items, LIST_MAX).join('; ');
}

function thresholdItem(view: ReportView): string | undefined {
  const { baseline, candidate } = view.ctx.thresholdBreaches;
  if (baseline.length === 0 && candidate.length === 0) return undefined;
  return `**k6 thresholds crossed:** baseline ${breachText(view, baseline)} · PR ${breachText(view, candidate)}`;
}

function openModelItem(comparison: Comparison): string | undefined {
  const o = comparison.openModel;
  if (!o) return undefined;
  const rate = (x: number) => `${significant(x)} it/s`;
  const target = o.targetRate !== undefined ? ` (target ${rate(o.targetRate)})` : '';
  return (
    `**Open model:** dropped iterations ${o.droppedIterations.baseline} → ${o.droppedIterations.candidate}; ` +
    `achieved rate ${rate(o.achievedRate.baseline)} → ${rate(o.achievedRate.candidate)}${target}`
  );
}

function cachedTrendItem(view: ReportView): string | undefined {
  const t = view.ctx.cachedTrend;
  if (!t) return undefined;
  const age = formatAge(view.ctx.nowMs, t.baseline.timeMs);
  return `**Against the cached baseline** ${commitRef(shortSha(t.baseline.commit), view.sanitize.md)} (${view.sanitize.md(t.baseline.ref)}, ${age}), for the trend only: ${t.verdict}; ${view.sanitize.md(t.summary, 300)}`;
}

function loadGeneratorItem(view: ReportView): string | undefined {
  const g = view.ctx.loadGenerator;
  if (!g) return undefined;
  const own =
    g.generatorOfOneCore === undefined
      ? ''
      : `; the ${view.sanitize.md(g.engine)} load generator used ${formatPercent(g.generatorOfOneCore, 0)} of one core`;
  return `**Runner:** ${g.cpuCount} CPUs, ${formatPercent(g.machineBusy, 0)} busy while measuring (generator and services share them)${own}`;
}

/** Per side: the service's CPU and memory over the measured runs, and what limited it. */
function serviceItems(view: ReportView): string[] {
  return (view.ctx.services ?? []).map(
    (s) =>
      `**Service, ${s.side}:** ${formatValue(s.cpuPerRequestMs, 'ms')} CPU per request, ` +
      `${significant(s.cores)} of ${s.cpuCount} cores, peak RSS ${formatValue(s.peakRssMb, 'MB')} ` +
      `(${s.rssGrowthMbPerSecond >= 0 ? '+' : '−'}${significant(Math.abs(s.rssGrowthMbPerSecond))} MB/s), ` +
      `load generator ${significant(s.generatorCores)} cores — ${view.sanitize.md(s.bottleneck)}`,
  );
}

/**
 * Baseline, design, noise, environment, k6 thresholds, open-model signals: the conditions of the verdict,
 * under a heading; undefined when there is nothing to say.
 */
export function conditionsSection(view: ReportView): string | undefined {
  const c = view.comparison;
  const items = [
    baselineItem(view),
    c ? designItem(c) : undefined,
    // a refused comparison measured nothing worth a noise figure
    c && c.refused === undefined ? noiseItem(view) : undefined,
    environmentItem(view),
    thresholdItem(view),
    c ? openModelItem(c) : undefined,
    cachedTrendItem(view),
    loadGeneratorItem(view),
    ...serviceItems(view),
  ].filter((x): x is string => x !== undefined);
  return items.length > 0 ? `#### Conditions\n\n${bullets(items)}` : undefined;
}

function sloLimit(slo: SloResult): string {
  const unit = UNIT_OF[slo.spec.metric];
  return `${slo.spec.metric === 'throughput' ? '≥' : '≤'} ${formatValue(slo.spec.limit, unit)}`;
}

const SLO_STATUS: Record<SloResult['status'], string> = {
  met: '✅ met',
  breached: '❌ breached',
  inconclusive: '🟡 inconclusive',
};

export function sloTable(view: ReportView, slos: SloResult[]): string | undefined {
  if (slos.length === 0) return undefined;
  const order: Record<SloResult['status'], number> = { breached: 0, inconclusive: 1, met: 2 };
  const rows = [...slos]
    .sort((a, b) => order[a.status] - order[b.status])
    .map((r) => {
      const unit = UNIT_OF[r.spec.metric];
      const range = `[${formatValue(r.interval[0], unit)}, ${formatValue(r.interval[1], unit)}]`;
      return [
        view.sanitize.md(view.nameOfId(r.seriesId), NAME_MAX),
        metricLabel(r.spec.metric),
        sloLimit(r),
        `${formatValue(r.estimate, unit)} ${range}`,
        SLO_STATUS[r.status],
      ];
    });
  return table(['Series', 'Metric', 'Limit', 'PR estimate [interval]', 'Status'], rows);
}

/** Series on one side only: listed, never compared. */
export function addedRemovedList(view: ReportView, comparison: Comparison): string | undefined {
  const list = (ids: string[]) =>
    capped(
      ids.map((id) => view.sanitize.md(id, NAME_MAX)),
      LIST_MAX,
    ).join(', ');
  const items = [
    comparison.added.length > 0 ? `**New in the PR** (not compared): ${list(comparison.added)}` : undefined,
    comparison.removed.length > 0
      ? `**Gone in the PR** (not compared): ${list(comparison.removed)}`
      : undefined,
  ].filter((x): x is string => x !== undefined);
  return items.length > 0 ? bullets(items) : undefined;
}
