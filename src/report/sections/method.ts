import { LOAD_MODEL_SOURCE_WORDS } from '../../results/load-model.ts';
import type { LoadModelSource } from '../../results/types.ts';
import { confirmationText } from '../../stats/sequential.ts';
import type { Comparison, PairInfo } from '../../stats/types.ts';
import { formatChange, formatPercent } from '../format.ts';
import { bullets, table } from '../markdown-blocks.ts';
import type { ReportView } from '../view.ts';

/** Per-pair PR/base ratios of the same-job design, in run order. */
export function pairsTable(view: ReportView, pairs: PairInfo): string {
  const rows = pairs.ratios.map((r, i) => [
    String(i + 1),
    view.sanitize.md(pairs.orders[i] ?? '?'),
    Number.isFinite(r) ? r.toFixed(3) : 'n/a',
    formatChange(r - 1, 'relative'),
  ]);
  return table(['Pair', 'Order', 'PR / base', 'Change'], rows, ['right', 'left', 'right', 'right']);
}

/** What decided the load model: one source for both sides, or each side's. */
function decidedBy(comparison: Comparison): string {
  if (comparison.loadModelSource === undefined) return '';
  const words = (sources: LoadModelSource[]) => sources.map((s) => LOAD_MODEL_SOURCE_WORDS[s]).join(' and ');
  const { baseline, candidate } = comparison.loadModelSource;
  const b = words(baseline);
  const p = words(candidate);
  return b === p ? `, decided by ${b}` : ` (decided for the baseline by ${b}; for the PR by ${p})`;
}

/** How the verdict was reached, and the seed that reproduces it. */
export function methodList(view: ReportView, comparison: Comparison): string {
  const items = [
    `**Design:** ${comparison.design === 'same-job' ? 'same job, interleaved pairs' : 'cached baseline'}; load model: ${comparison.loadModel}${decidedBy(comparison)}`,
    `**Runs:** ${comparison.runs.baseline} baseline, ${comparison.runs.candidate} PR${comparison.confirmation ? `; ${confirmationText(comparison.confirmation)}` : ''}`,
    `**Intervals:** family-wise confidence ${formatPercent(comparison.familyConfidence)} across every gated metric and series, ${comparison.correction === 'holm' ? 'Holm' : comparison.correction}-adjusted`,
    `**Seed:** ${comparison.seed} (the same inputs and seed give the same verdict)`,
    `**perf-gate:** ${view.sanitize.md(view.ctx.version)}`,
  ];
  if (comparison.betweenJob) {
    items.push(
      `**Between-job variance:** ${comparison.betweenJob.source === 'history' ? 'prior blended with history' : 'prior'} (CV ${formatPercent(comparison.betweenJob.cv)}, ${comparison.betweenJob.historySize} baselines of history)`,
    );
  }
  return bullets(items);
}
