import { deliver } from '../delivery/deliver.ts';
import { pullRequestToReportOn } from '../github/pull-request.ts';
import type { ActionConfig } from '../inputs/config.ts';
import type { RunnerContext } from '../inputs/runner-context.ts';
import { reportContext } from '../judge/context.ts';
import { judgeMeasuredRuns } from '../judge/measured-runs.ts';
import { readSavedReport } from '../judge/saved-report.ts';
import { SavedReportError } from '../judge/saved-report-error.ts';
import { measuringRunOf } from '../modes/workflow-run.ts';
import type { ReportVerdict } from '../report/headline.ts';
import { actionHeader, type GateDeps, gateJudging } from './deps.ts';

/**
 * `mode: report`, the workflow_run half of the fork-safe pattern. The uploaded report was written by the
 * pull request's own workflow, so only its measured runs are used: the commit comes from the workflow_run
 * event, the pull request from the API (by head repository and branch), the baseline from this
 * repository's store, and the verdict is judged again here under this workflow's (the base branch's)
 * settings.
 */
export async function reportStep(
  config: ActionConfig,
  runner: RunnerContext,
  deps: GateDeps,
  reportDir: string,
): Promise<ReportVerdict> {
  const measuring = measuringRunOf(runner.eventName, runner.payload);
  const { head } = measuring;
  const saved = await readSavedReport(reportDir);
  if (saved.measured === undefined) {
    throw new SavedReportError(
      `mode report: ${reportDir} holds no measured runs (it was written by \`perf-gate compare --save\` or an older perf-gate)`,
    );
  }
  const pr =
    deps.github === undefined
      ? undefined
      : await pullRequestToReportOn(deps.github.api, deps.github.repo, head, deps.logger);
  const defaultBranch = (runner.payload.repository as { default_branch?: string } | undefined)
    ?.default_branch;
  const base = {
    branch: config.baselineBranch ?? pr?.baseRef ?? defaultBranch ?? 'main',
    sha: pr?.baseSha,
  };
  const judging = gateJudging(config, head.sha, deps);
  const restore = () =>
    deps.store.restore({ scenarioId: config.scenarioId, branch: base.branch, sha: base.sha ?? head.sha });
  const judgement = await judgeMeasuredRuns(
    saved.measured,
    judging,
    { commit: base.sha ?? 'merge-base', ref: base.branch },
    restore,
  );
  const header = actionHeader(config, runner, deps, { commit: head.sha, ref: head.branch });
  const ctx = reportContext(header, {
    ...judgement,
    measuredByPullRequest: measuring.url ? { runUrl: measuring.url } : {},
  });
  return deliver(ctx, config, reportDir, deps, {
    target: { headSha: head.sha, prNumber: pr?.number, fork: pr?.fork ?? true },
    post: true,
    trackDrift: false,
    baselineSaved: false,
    measured: saved.measured,
  });
}
