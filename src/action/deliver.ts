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
import { checkConclusion } from '../judge/policy.ts';
import { type MeasuredRuns, SAVED_REPORT_FILE, savedReportJson } from '../judge/saved-report.ts';
import type { ProfileSummary } from '../profile/summary.ts';
import { renderCheck } from '../report/check.ts';
import { renderCommentBody } from '../report/comment.ts';
import type { ReportContext } from '../report/context.ts';
import { renderDriftIssue, renderDriftRecovery } from '../report/drift-issue.ts';
import { headline, type ReportVerdict, reportVerdict } from '../report/headline.ts';
import { buildReportJson } from '../report/json.ts';
import { renderSummary } from '../report/summary.ts';
import type { GateDeps } from './deps.ts';

/** Where a verdict goes: the commit its check run belongs to, and the pull request for the comment. */
export interface PublishTarget {
  headSha?: string;
  prNumber?: number;
  /** true when the pull request comes from a fork (its token is read-only) */
  fork: boolean;
}

const FORK_DOCS_URL = 'https://github.com/perf-gate/perf-gate/blob/v1/docs/fork-prs.md';

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
 * Puts a verdict everywhere it belongs: the check run and the sticky comment, the drift issue, then the
 * report files (written also when posting throws, so nothing is lost; after it, so report.json says what
 * could not be posted and which permissions were missing), the job summary, and the step outputs.
 */
export async function deliver(
  ctx: ReportContext,
  config: DeliverConfig,
  reportDir: string,
  deps: GateDeps,
  options: DeliverOptions,
): Promise<ReportVerdict> {
  const reportPath = join(reportDir, 'report.json');
  const markdownPath = join(reportDir, 'report.md');
  try {
    await post(ctx, config, reportDir, deps, options);
  } finally {
    await mkdir(reportDir, { recursive: true });
    await writeFile(reportPath, `${JSON.stringify(buildReportJson(ctx), null, 2)}\n`);
    await writeFile(join(reportDir, SAVED_REPORT_FILE), savedReportJson(ctx, options.measured));
  }
  const summary = renderSummary(ctx);
  await writeFile(markdownPath, summary);
  await deps.writeSummary(summary);
  const verdict = reportVerdict(ctx);
  setOutputs(ctx, verdict, { reportPath, markdownPath, baselineSaved: options.baselineSaved }, deps);
  return verdict;
}

type DeliverConfig = Pick<ActionConfig, 'checkName' | 'comment' | 'onInconclusive' | 'failOnRegression'>;

/** Posts what the event calls for; what GitHub refused, and the permissions missing, go into `ctx`. */
async function post(
  ctx: ReportContext,
  config: DeliverConfig,
  reportDir: string,
  deps: GateDeps,
  options: DeliverOptions,
): Promise<void> {
  const request = publishRequest(ctx, config, options);
  if (Object.keys(request).length === 0) return;
  if (deps.github === undefined) {
    deps.logger.warning(
      'no github-token: the check run and comment were not posted; the report is in the job summary',
    );
    return;
  }
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
}

function publishRequest(ctx: ReportContext, config: DeliverConfig, options: DeliverOptions): PublishRequest {
  const request: PublishRequest = {};
  const { headSha, prNumber } = options.target;
  if (options.post && headSha !== undefined) {
    request.checkRun = {
      name: config.checkName,
      headSha,
      conclusion: checkConclusion(reportVerdict(ctx), config),
      ...renderCheck(ctx),
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

/**
 * The profiling pair's files uploaded as an artifact of the workflow run, its link in the summary; an upload
 * that fails is a warning (the files stay in the report directory).
 */
export async function publishProfile(
  profile: ProfileSummary,
  dir: string,
  artifactName: string,
  deps: Pick<GateDeps, 'uploadArtifact' | 'logger'>,
  runUrl: string | undefined,
): Promise<ProfileSummary> {
  if (deps.uploadArtifact === undefined || profile.files.length === 0) return profile;
  try {
    const { id } = await deps.uploadArtifact(
      artifactName,
      profile.files.map((f) => join(dir, f)),
      dir,
    );
    if (id === undefined || runUrl === undefined) return profile;
    return { ...profile, artifactUrl: `${runUrl}/artifacts/${id}` };
  } catch (error) {
    const warning = `the profiles could not be uploaded as an artifact: ${(error as Error).message}`;
    deps.logger.warning(`profiling: ${warning}`);
    return { ...profile, warnings: [...profile.warnings, warning] };
  }
}
