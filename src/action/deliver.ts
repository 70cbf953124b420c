import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Outputs } from '../constants.ts';
import {
  describeOutcomes,
  failedOutcomes,
  missingPermissions,
  type PublishRequest,
  publish,
} from '../github/publisher.ts';
import type { ActionConfig } from '../inputs/config.ts';
import { renderCheck } from '../report/check.ts';
import { renderCommentBody } from '../report/comment.ts';
import type { ReportContext } from '../report/context.ts';
import { renderDriftIssue, renderDriftRecovery } from '../report/drift-issue.ts';
import { headline, type ReportVerdict, reportVerdict } from '../report/headline.ts';
import { buildReportJson } from '../report/json.ts';
import { renderSummary } from '../report/summary.ts';
import type { GateDeps } from './deps.ts';
import { type MeasuredRuns, type PublishTarget, SAVED_REPORT_FILE, savedReportJson } from './saved-report.ts';

export const FORK_DOCS_URL = 'https://github.com/perf-gate/perf-gate/blob/v1/docs/fork-prs.md';

export interface DeliverOptions {
  target: PublishTarget;
  /** post the check run and the comment (compare and report modes) */
  post: boolean;
  /** open, update or close the nightly drift issue */
  trackDrift: boolean;
  baselineSaved: boolean;
  /** the runs behind the verdict, saved for `mode: report` */
  measured?: MeasuredRuns;
}

/**
 * Puts a verdict everywhere it belongs: report files (always, so nothing is lost when posting fails), the
 * check run and the sticky comment, the drift issue, the job summary (last, so it can say what could not be
 * posted), and the step outputs.
 */
export async function deliver(
  ctx: ReportContext,
  config: Pick<ActionConfig, 'checkName' | 'comment' | 'onInconclusive' | 'failOnRegression'>,
  reportDir: string,
  deps: GateDeps,
  options: DeliverOptions,
): Promise<ReportVerdict> {
  await mkdir(reportDir, { recursive: true });
  const reportPath = join(reportDir, 'report.json');
  const markdownPath = join(reportDir, 'report.md');
  await writeFile(reportPath, `${JSON.stringify(buildReportJson(ctx), null, 2)}\n`);
  await writeFile(join(reportDir, SAVED_REPORT_FILE), savedReportJson(ctx, options.measured));

  const request = publishRequest(ctx, config, options);
  if (deps.github !== undefined && Object.keys(request).length > 0) {
    const results = await publish(deps.github.api, deps.github.repo, request);
    for (const line of describeOutcomes(results)) deps.logger.info(line);
    const failures = failedOutcomes(results);
    for (const failure of failures) deps.logger.warning(`not posted to GitHub: ${failure}`);
    if (failures.length > 0) ctx.notPosted = failures;
    const missing = missingPermissions(results);
    if (missing.length > 0) {
      ctx.permissions = { fork: options.target.fork, missing, docsUrl: FORK_DOCS_URL };
      deps.logger.warning(
        `the token lacks ${missing.join(', ')}: the report is in the job summary and ${reportDir}`,
      );
    }
  } else if (Object.keys(request).length > 0) {
    deps.logger.warning(
      'no github-token: the check run and comment were not posted; the report is in the job summary',
    );
  }

  const summary = renderSummary(ctx);
  await writeFile(markdownPath, summary);
  await deps.writeSummary(summary);
  const verdict = reportVerdict(ctx);
  setOutputs(ctx, verdict, { reportPath, markdownPath, baselineSaved: options.baselineSaved }, deps);
  return verdict;
}

function publishRequest(
  ctx: ReportContext,
  config: Pick<ActionConfig, 'checkName' | 'comment' | 'onInconclusive' | 'failOnRegression'>,
  options: DeliverOptions,
): PublishRequest {
  const request: PublishRequest = {};
  const { headSha, prNumber } = options.target;
  if (options.post && headSha !== undefined) {
    const check = renderCheck(ctx, {
      onInconclusive: config.onInconclusive,
      failOnRegression: config.failOnRegression,
    });
    request.checkRun = {
      name: config.checkName,
      headSha,
      ...check,
      ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
    };
  }
  if (options.post && config.comment && prNumber !== undefined) {
    request.comment = { issueNumber: prNumber, scenarioId: ctx.scenario.id, body: renderCommentBody(ctx) };
  }
  const drift = ctx.nightly?.drift;
  // Drift not judged (too little history) neither opens nor closes the tracking issue.
  if (options.trackDrift && drift !== undefined && drift.reason === undefined) {
    request.trackingIssue = drift.detected
      ? { drifting: true, scenarioId: ctx.scenario.id, ...renderDriftIssue(ctx) }
      : { drifting: false, scenarioId: ctx.scenario.id, comment: renderDriftRecovery(ctx) };
  }
  return request;
}

function setOutputs(
  ctx: ReportContext,
  verdict: ReportVerdict,
  files: { reportPath: string; markdownPath: string; baselineSaved: boolean },
  deps: GateDeps,
): void {
  const series = ctx.comparison?.series ?? [];
  const deltas = Object.fromEntries(
    series.map((s) => [s.id, Object.fromEntries(s.metrics.map((m) => [m.metric, round(m.change)]))]),
  );
  deps.setOutput(Outputs.Verdict, verdict);
  deps.setOutput(Outputs.Headline, headline(ctx));
  deps.setOutput(Outputs.ReportPath, files.reportPath);
  deps.setOutput(Outputs.MarkdownPath, files.markdownPath);
  deps.setOutput(Outputs.BaselineCommit, ctx.baseline?.commit ?? '');
  deps.setOutput(
    Outputs.BaselineAgeSeconds,
    ctx.baseline?.timeMs === undefined
      ? ''
      : String(Math.max(0, Math.round((ctx.nowMs - ctx.baseline.timeMs) / 1000))),
  );
  deps.setOutput(Outputs.Regressions, String(series.filter((s) => s.outcome === 'regression').length));
  deps.setOutput(Outputs.Deltas, JSON.stringify(deltas));
  deps.setOutput(Outputs.BaselineSaved, String(files.baselineSaved));
}

/** JSON has no NaN: a change that could not be computed is null. */
function round(x: number): number | null {
  return Number.isFinite(x) ? Math.round(x * 10_000) / 10_000 : null;
}
