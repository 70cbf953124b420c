import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutputName } from '../constants.ts';
import type { EngineLogger } from '../engine/logger.ts';
import type { GitHubApi } from '../github/client.ts';
import type { RepoRef } from '../github/publish-outcome.ts';
import { describeOutcomes, failedOutcomes, missingPermissions, publish } from '../github/publisher.ts';
import { type MeasuredRuns, SAVED_REPORT_FILE, savedReportJson } from '../judge/saved-report.ts';
import type { ReportContext } from '../report/context.ts';
import { type ReportVerdict, reportVerdict } from '../report/headline.ts';
import { buildReportJson } from '../report/json.ts';
import { renderSummary } from '../report/summary.ts';
import { type PostingConfig, type PublishScope, publishRequest } from './publish-request.ts';
import { stepOutputs } from './step-outputs.ts';

/** The repository perf-gate posts to, and the client it posts with; absent without a token. */
export interface GitHubAccess {
  api: GitHubApi;
  repo: RepoRef;
}

/** What delivering a verdict touches outside itself. */
export interface DeliveryDeps {
  github?: GitHubAccess;
  logger: EngineLogger;
  setOutput(name: OutputName, value: string): void;
  writeSummary(markdown: string): Promise<void>;
}

export interface DeliverOptions extends PublishScope {
  baselineSaved: boolean;
  /** the runs behind the verdict, saved for `mode: report` */
  measured?: MeasuredRuns;
}

const FORK_DOCS_URL = 'https://github.com/perf-gate/perf-gate/blob/v1/docs/fork-prs.md';

/**
 * Puts a verdict everywhere it belongs: the check run and the sticky comment, the drift issue, then the
 * report files (written also when posting throws, so nothing is lost; after it, so report.json says what
 * could not be posted and which permissions were missing), the job summary, and the step outputs.
 */
export async function deliver(
  ctx: ReportContext,
  config: PostingConfig,
  reportDir: string,
  deps: DeliveryDeps,
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
  const files = { reportPath, markdownPath, baselineSaved: options.baselineSaved };
  for (const [name, value] of stepOutputs(ctx, verdict, files)) deps.setOutput(name, value);
  return verdict;
}

/** Posts what the event calls for; what GitHub refused, and the permissions missing, go into `ctx`. */
async function post(
  ctx: ReportContext,
  config: PostingConfig,
  reportDir: string,
  deps: DeliveryDeps,
  scope: PublishScope,
): Promise<void> {
  const request = publishRequest(ctx, config, scope);
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
    ctx.permissions = { fork: scope.target.fork, missing, docsUrl: FORK_DOCS_URL };
    deps.logger.warning(
      `the token lacks ${missing.join(', ')}: the report is in the job summary and ${reportDir}`,
    );
  }
}
