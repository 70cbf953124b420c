import { LOAD_MODEL_SOURCE_WORDS } from '../../results/load-model.ts';
import type { LoadModelSource } from '../../results/types.ts';
import { confirmationText } from '../../stats/sequential.ts';
import type { Comparison, PairInfo } from '../../stats/types.ts';
import { formatChange, formatPercent } from '../format.ts';
import { bullets, table } from '../markdown-blocks.ts';
import type { ReportView } from '../view.ts';

/** Per-pair PR/base ratios of the same-job design, in run order. */
export function pairsTable(v: ReportView, pairs: PairInfo): string {
  const rows = pairs.ratios.map((r, i) => [
    String(i + 1),
    v.s.md(pairs.orders[i] ?? '?'),
    Number.isFinite(r) ? r.toFixed(3) : 'n/a',
    formatChange(r - 1, 'relative'),
  ]);
  return table(['Pair', 'Order', 'PR / base', 'Change'], rows, ['right', 'left', 'right', 'right']);
}

/** What decided the load model: one source for both sides, or each side's. */
function decidedBy(c: Comparison): string {
  if (c.loadModelSource === undefined) return '';
  const words = (sources: LoadModelSource[]) => sources.map((s) => LOAD_MODEL_SOURCE_WORDS[s]).join(' and ');
  const { baseline, candidate } = c.loadModelSource;
  const b = words(baseline);
  const p = words(candidate);
  return b === p ? `, decided by ${b}` : ` (decided for the baseline by ${b}; for the PR by ${p})`;
}

/** How the verdict was reached, and the seed that reproduces it. */
export function methodList(v: ReportView, c: Comparison): string {
  const items = [
    `**Design:** ${c.design === 'same-job' ? 'same job, interleaved pairs' : 'cached baseline'}; load model: ${c.loadModel}${decidedBy(c)}`,
    `**Runs:** ${c.runs.baseline} baseline, ${c.runs.candidate} PR${c.confirmation ? `; ${confirmationText(c.confirmation)}` : ''}`,
    `**Intervals:** family-wise confidence ${formatPercent(c.familyConfidence)} across every gated metric and series, ${c.correction === 'holm' ? 'Holm' : c.correction}-adjusted`,
    `**Seed:** ${c.seed} (the same inputs and seed give the same verdict)`,
    `**perf-gate:** ${v.s.md(v.ctx.version)}`,
  ];
  if (c.betweenJob) {
    items.push(
      `**Between-job variance:** ${c.betweenJob.source === 'history' ? 'prior blended with history' : 'prior'} (CV ${formatPercent(c.betweenJob.cv)}, ${c.betweenJob.historySize} baselines of history)`,
    );
  }
  return bullets(items);
}
