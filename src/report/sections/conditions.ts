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
export function metaLine(v: ReportView): string {
  const { ctx, s } = v;
  const parts = [`**${s.md(ctx.scenario.name, NAME_MAX)}**`];
  if (ctx.baseline && ctx.baseline.source !== 'none') {
    const age = formatAge(ctx.nowMs, ctx.baseline.timeMs);
    parts.push(
      `baseline ${commitRef(shortSha(ctx.baseline.commit), s.md)} (${s.md(ctx.baseline.ref)}, ${age})`,
    );
  }
  parts.push(`PR ${commitRef(shortSha(ctx.candidate.commit), s.md)}`);
  const runs = v.comparison?.runs;
  if (runs) {
    parts.push(
      runs.baseline === runs.candidate
        ? `${runs.candidate} runs per side`
        : `${runs.baseline} baseline runs, ${runs.candidate} PR runs`,
    );
  }
  return parts.join(' · ');
}

function baselineItem(v: ReportView): string | undefined {
  const b = v.ctx.baseline;
  if (!b || b.source === 'none') return undefined;
  const when =
    b.timeMs === undefined
      ? 'at an unknown time'
      : `${new Date(b.timeMs).toISOString().replace('T', ' ').slice(0, 16)} UTC (${formatAge(v.ctx.nowMs, b.timeMs)})`;
  return `**Baseline:** ${commitRef(shortSha(b.commit), v.s.md)} on ${v.s.md(b.ref)}, measured ${when}, ${SOURCE_WORDS[b.source]}`;
}

function designItem(c: Comparison): string {
  if (c.design === 'same-job') {
    const pairs = c.pairs?.ratios.length ?? Math.min(c.runs.baseline, c.runs.candidate);
    return `**Design:** same job, ${pairs} interleaved base/PR pairs, judged on per-pair ratios`;
  }
  const bj = c.betweenJob;
  const spread = bj
    ? bj.source === 'history'
      ? `; between-job spread ${formatPercent(bj.cv)} CV, the prior blended with ${bj.historySize} earlier baselines`
      : `; between-job spread ${formatPercent(bj.cv)} CV, a prior (no history yet)`
    : '';
  return `**Design:** cached baseline from an earlier job${spread}`;
}

function noiseItem(v: ReportView): string {
  const finite = v.ctx.noise.filter((n) => Number.isFinite(n.cv));
  if (finite.length === 0) {
    return `**Noise:** ${v.comparison && v.comparison.runs.baseline <= 1 ? 'one baseline run, so its run-to-run noise is unknown' : 'not measured'}`;
  }
  const cvs = finite.map((n) => n.cv).sort((a, b) => a - b);
  const median = cvs[Math.floor((cvs.length - 1) / 2)]!;
  const top = finite.reduce((a, b) => (b.cv > a.cv ? b : a));
  const label = (n: (typeof finite)[number]) =>
    `${v.s.md(v.nameOfId(n.seriesId), NAME_MAX)} ${metricLabel(n.metric)}`;
  const parts = [
    `**Noise:** baseline CV across runs, median ${formatPercent(median)}, highest ${formatPercent(top.cv)} (${label(top)})`,
  ];
  const unstable = v.ctx.noise.filter((n) => !n.stable);
  if (unstable.length > 0) {
    const names = capped(
      unstable.map((n) => `${label(n)} (CV ${formatPercent(n.cv)})`),
      LIST_MAX,
    );
    parts.push(`unstable, so not gated: ${names.join(', ')}`);
  }
  return parts.join('; ');
}

function environmentItem(v: ReportView): string | undefined {
  const { differences, strict } = v.ctx.environment;
  if (differences.length === 0) {
    // without a baseline there is no second side to differ from
    return v.comparison ? '**Environment:** no differences between the two sides' : undefined;
  }
  const how = strict
    ? 'strict matching is on, so they may not be compared'
    : 'informational, strict matching is off';
  const list = capped(
    differences.map((d) => v.s.md(d, 300)),
    LIST_MAX,
  );
  return `**Environment differs** (${how}):\n${list.map((d) => `  - ${d}`).join('\n')}`;
}

function breachText(v: ReportView, breaches: ThresholdBreach[]): string {
  if (breaches.length === 0) return 'none';
  const items = breaches.map(
    (b) => `${v.s.md(b.metric, NAME_MAX)}: ${b.expressions.map((e) => v.s.md(e, 200)).join(', ')}`,
  );
  return capped(items, LIST_MAX).join('; ');
}

function thresholdItem(v: ReportView): string | undefined {
  const { baseline, candidate } = v.ctx.thresholdBreaches;
  if (baseline.length === 0 && candidate.length === 0) return undefined;
  return `**k6 thresholds crossed:** baseline ${breachText(v, baseline)} · PR ${breachText(v, candidate)}`;
}

function openModelItem(c: Comparison): string | undefined {
  const o = c.openModel;
  if (!o) return undefined;
  const rate = (x: number) => `${significant(x)} it/s`;
  const target = o.targetRate !== undefined ? ` (target ${rate(o.targetRate)})` : '';
  return (
    `**Open model:** dropped iterations ${o.droppedIterations.baseline} → ${o.droppedIterations.candidate}; ` +
    `achieved rate ${rate(o.achievedRate.baseline)} → ${rate(o.achievedRate.candidate)}${target}`
  );
}

function cachedTrendItem(v: ReportView): string | undefined {
  const t = v.ctx.cachedTrend;
  if (!t) return undefined;
  const age = formatAge(v.ctx.nowMs, t.baseline.timeMs);
  return `**Against the cached baseline** ${commitRef(shortSha(t.baseline.commit), v.s.md)} (${v.s.md(t.baseline.ref)}, ${age}), for the trend only: ${t.verdict}; ${v.s.md(t.summary, 300)}`;
}

function loadGeneratorItem(v: ReportView): string | undefined {
  const g = v.ctx.loadGenerator;
  if (!g) return undefined;
  const own =
    g.generatorOfOneCore === undefined
      ? ''
      : `; the ${v.s.md(g.engine)} load generator used ${formatPercent(g.generatorOfOneCore, 0)} of one core`;
  return `**Runner:** ${g.cpuCount} CPUs, ${formatPercent(g.machineBusy, 0)} busy while measuring (generator and services share them)${own}`;
}

/** Per side: the service's CPU and memory over the measured runs, and what limited it. */
function serviceItems(v: ReportView): string[] {
  return (v.ctx.services ?? []).map(
    (s) =>
      `**Service, ${s.side}:** ${formatValue(s.cpuPerRequestMs, 'ms')} CPU per request, ` +
      `${significant(s.cores)} of ${s.cpuCount} cores, peak RSS ${formatValue(s.peakRssMb, 'MB')} ` +
      `(${s.rssGrowthMbPerSecond >= 0 ? '+' : '−'}${significant(Math.abs(s.rssGrowthMbPerSecond))} MB/s), ` +
      `load generator ${significant(s.generatorCores)} cores — ${v.s.md(s.bottleneck)}`,
  );
}

/**
 * Baseline, design, noise, environment, k6 thresholds, open-model signals: the conditions of the verdict,
 * under a heading; undefined when there is nothing to say.
 */
export function conditionsSection(v: ReportView): string | undefined {
  const c = v.comparison;
  const items = [
    baselineItem(v),
    c ? designItem(c) : undefined,
    // a refused comparison measured nothing worth a noise figure
    c && c.refused === undefined ? noiseItem(v) : undefined,
    environmentItem(v),
    thresholdItem(v),
    c ? openModelItem(c) : undefined,
    cachedTrendItem(v),
    loadGeneratorItem(v),
    ...serviceItems(v),
  ].filter((x): x is string => x !== undefined);
  return items.length > 0 ? `#### Conditions\n\n${bullets(items)}` : undefined;
}

function sloLimit(r: SloResult): string {
  const unit = UNIT_OF[r.spec.metric];
  return `${r.spec.metric === 'throughput' ? '≥' : '≤'} ${formatValue(r.spec.limit, unit)}`;
}

const SLO_STATUS: Record<SloResult['status'], string> = {
  met: '✅ met',
  breached: '❌ breached',
  inconclusive: '🟡 inconclusive',
};

export function sloTable(v: ReportView, slos: SloResult[]): string | undefined {
  if (slos.length === 0) return undefined;
  const order: Record<SloResult['status'], number> = { breached: 0, inconclusive: 1, met: 2 };
  const rows = [...slos]
    .sort((a, b) => order[a.status] - order[b.status])
    .map((r) => {
      const unit = UNIT_OF[r.spec.metric];
      const range = `[${formatValue(r.interval[0], unit)}, ${formatValue(r.interval[1], unit)}]`;
      return [
        v.s.md(v.nameOfId(r.seriesId), NAME_MAX),
        metricLabel(r.spec.metric),
        sloLimit(r),
        `${formatValue(r.estimate, unit)} ${range}`,
        SLO_STATUS[r.status],
      ];
    });
  return table(['Series', 'Metric', 'Limit', 'PR estimate [interval]', 'Status'], rows);
}

/** Series on one side only: listed, never compared. */
export function addedRemovedList(v: ReportView, c: Comparison): string | undefined {
  const list = (ids: string[]) =>
    capped(
      ids.map((id) => v.s.md(id, NAME_MAX)),
      LIST_MAX,
    ).join(', ');
  const items = [
    c.added.length > 0 ? `**New in the PR** (not compared): ${list(c.added)}` : undefined,
    c.removed.length > 0 ? `**Gone in the PR** (not compared): ${list(c.removed)}` : undefined,
  ].filter((x): x is string => x !== undefined);
  return items.length > 0 ? bullets(items) : undefined;
}
