import * as core from '@actions/core';
import { collectEnvironment } from '../baseline/environment.ts';
import { lazyStore } from '../baseline/lazy-store.ts';
import { ACTIONS_CACHE_DESCRIPTION } from '../baseline/store.ts';
import type { EngineLogger } from '../engine/logger.ts';
import { lazyGitHubApi } from '../github/lazy-client.ts';
import { parseRepository } from '../github/publisher.ts';
import type { ActionConfig } from '../inputs/config.ts';
import { readRunnerContext } from '../inputs/runner-context.ts';
import { createMeasurer } from '../measure/measurer.ts';
import { VERSION } from '../version.ts';
import { runGate } from './gate.ts';

/**
 * The GitHub Actions log: `::group::` sections, `::warning::` annotations. Here, not in engine/, so the CLI
 * never loads @actions/core (and the HTTP client it imports).
 */
const actionsLogger: EngineLogger = {
  info: (line) => core.info(line),
  warning: (message) => core.warning(message),
  group: (title, fn) => core.group(title, fn),
};

/**
 * Wires the real collaborators and runs the gate; returns the step's failure message, if any. The Actions
 * cache (and the storage SDK behind it), the GitHub client and the artifact client load at their first call:
 * a run that restores no baseline, posts nothing or profiles nothing never pays for them.
 */
export async function runAction(config: ActionConfig): Promise<string | undefined> {
  for (const secret of config.secrets) core.setSecret(secret);
  const runner = readRunnerContext(process.env);
  const result = await runGate(config, runner, {
    store: lazyStore(ACTIONS_CACHE_DESCRIPTION, async () => {
      const { CacheBaselineStore, defaultCacheDirectory } = await import('../baseline/cache-store.ts');
      return new CacheBaselineStore({ directory: defaultCacheDirectory() });
    }),
    github:
      config.token === ''
        ? undefined
        : {
            api: lazyGitHubApi(async () => {
              const { createGitHubClient } = await import('../github/client.ts');
              return createGitHubClient({
                token: config.token,
                baseUrl: runner.apiUrl,
                logger: actionsLogger,
              });
            }),
            repo: parseRepository(runner.repository),
          },
    logger: actionsLogger,
    setOutput: (name, value) => core.setOutput(name, value),
    writeSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown).write();
    },
    now: Date.now,
    environment: collectEnvironment(),
    version: VERSION,
    createMeasurer,
    uploadArtifact: async (name, files, root) => {
      const { uploadRunArtifact } = await import('../github/artifact-upload.ts');
      return await uploadRunArtifact(name, files, root);
    },
  });
  return result.failure;
}
