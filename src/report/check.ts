import type { CheckConclusion } from '../posting/check-conclusion.ts';
import { CHECK_RUN_SUMMARY_MAX_BYTES } from '../posting/limits.ts';
import { foldNote } from './comment.ts';
import { assertRenderable, type ReportContext } from './context.ts';
import { fitToLimit } from './fit.ts';
import { headline, type ReportVerdict, reportVerdict } from './headline.ts';
import { renderMarkdown } from './markdown.ts';

export interface CheckOptions {
  /** conclusion of an inconclusive verdict (including a refused comparison); default 'neutral' */
  onInconclusive?: CheckConclusion;
  /**
   * default true: a failing verdict fails the check. false: it is reported as 'neutral', visible in the PR
   * (not green) but not blocking, since GitHub counts neutral as passing for required checks.
   */
  failOnRegression?: boolean;
}

/**
 * Verdict → check conclusion. pass → success; fail → failure (neutral with `failOnRegression: false`);
 * inconclusive → `onInconclusive`; no baseline → always neutral: nothing was compared, and a missing baseline
 * is not the PR's doing, so failing would block every PR until a baseline exists.
 */
function checkConclusion(verdict: ReportVerdict, options: CheckOptions = {}): CheckConclusion {
  switch (verdict) {
    case 'pass':
      return 'success';
    case 'fail':
      return (options.failOnRegression ?? true) ? 'failure' : 'neutral';
    case 'inconclusive':
      return options.onInconclusive ?? 'neutral';
    case 'no-baseline':
      return 'neutral';
  }
}

export interface CheckOutput {
  conclusion: CheckConclusion;
  /** the headline, at most HEADLINE_MAX characters */
  title: string;
  /** the report as markdown, folded to fit GitHub's CHECK_RUN_SUMMARY_MAX_BYTES */
  summary: string;
}

export function renderCheck(ctx: ReportContext, options: CheckOptions = {}): CheckOutput {
  assertRenderable(ctx);
  return {
    conclusion: checkConclusion(reportVerdict(ctx), options),
    title: headline(ctx),
    summary: fitToLimit(
      (o) => renderMarkdown(ctx, o),
      CHECK_RUN_SUMMARY_MAX_BYTES,
      foldNote(ctx),
      ctx.comparison?.series.length ?? 0,
    ),
  };
}
