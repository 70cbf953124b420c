import { deliver } from '../delivery/deliver.ts';
import { GitHubOperationError } from '../github/errors.ts';
import { type FoundPullRequest, findPullRequestByHead } from '../github/pull-request.ts';
import type { ActionConfig } from '../inputs/config.ts';
import { gateSettingsOf, seedFromSha } from '../inputs/gate-options.ts';
import type { RunnerContext } from '../inputs/runner-context.ts';
import { reportContext } from '../judge/context.ts';
import { type Judgement, judgeAgainstArtifact, judgeSameJob } from '../judge/judge.ts';
import { type MeasuredRuns, readSavedReport, SavedReportError } from '../judge/saved-report.ts';
import { type MeasuringRun, measuringRunOf } from '../modes/workflow-run.ts';
import type { ReportVerdict } from '../report/headline.ts';
import type { GateDeps } from './deps.ts';
import { reportHeader } from './report-header.ts';

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
  const pr = await pullRequestOf(head, deps);
  const defaultBranch = (runner.payload.repository as { default_branch?: string } | undefined)
    ?.default_branch;
  const base = {
    branch: config.baselineBranch ?? pr?.baseRef ?? defaultBranch ?? 'main',
    sha: pr?.baseSha,
  };
  const judgement = await judgeMeasured(saved.measured, config, deps, base, head.sha);
  const header = {
    ...reportHeader(config, runner, deps, head.sha),
    candidate: { commit: head.sha, ref: head.branch },
  };
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

/** The pull request to comment on; none (the check run alone is posted) when it cannot be told for sure. */
async function pullRequestOf(
  head: MeasuringRun['head'],
  deps: GateDeps,
): Promise<FoundPullRequest | undefined> {
  if (deps.github === undefined) return undefined;
  const noComment = `the check run goes on ${head.sha}, no comment is posted`;
  try {
    const pr = await findPullRequestByHead(deps.github.api, deps.github.repo, head);
    if (pr === undefined) {
      deps.logger.warning(
        `no open pull request has head ${head.repository}:${head.branch} at ${head.sha}: ${noComment}`,
      );
    }
    return pr;
  } catch (error) {
    if (!(error instanceof GitHubOperationError)) throw error;
    deps.logger.warning(`${error.message} (the token needs \`pull-requests: read\`): ${noComment}`);
    return undefined;
  }
}

async function judgeMeasured(
  measured: MeasuredRuns,
  config: ActionConfig,
  deps: GateDeps,
  base: { branch: string; sha?: string },
  headSha: string,
): Promise<Judgement> {
  const settings = gateSettingsOf(config, config.seed ?? seedFromSha(headSha));
  const step = {
    measurer: { scriptHash: measured.scriptHash },
    measurement: {
      candidate: measured.candidate,
      ...(measured.baseline ? { baseline: measured.baseline } : {}),
      ...(measured.orders ? { orders: measured.orders } : {}),
      generatorWarnings: [],
    },
  };
  if (measured.baseline !== undefined) {
    const baseline = { commit: base.sha ?? 'merge-base', ref: base.branch, timeMs: deps.now() };
    return judgeSameJob(step, settings, deps.logger, baseline);
  }
  const restored = await deps.store.restore({
    scenarioId: config.scenarioId,
    branch: base.branch,
    sha: base.sha ?? headSha,
  });
  // the identity the runs were measured with: the measuring machine's, not this one's
  return judgeAgainstArtifact(
    step,
    restored,
    { ...settings, strictEnvironment: config.strictEnvironment },
    { environment: measured.environment, version: deps.version },
    deps.logger,
  ).judgement;
}
