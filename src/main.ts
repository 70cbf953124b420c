import * as core from '@actions/core';
import { runGate } from './action/gate.ts';
import { readRunnerContext } from './action/runner-context.ts';
import { CacheBaselineStore, defaultCacheDirectory } from './baseline/cache-store.ts';
import { collectEnvironment } from './baseline/environment.ts';
import { actionsLogger } from './engine/logger.ts';
import { createGitHubClient } from './github/client.ts';
import { parseRepository } from './github/publisher.ts';
import { readActionConfig } from './inputs/config.ts';
import { createMeasurer } from './measure/measurer.ts';
import { VERSION } from './version.ts';

/** The Action: reads its inputs and the runner's context, wires the real collaborators, runs the gate. */
export async function run(): Promise<void> {
  try {
    const config = readActionConfig((name) => core.getInput(name));
    for (const secret of config.secrets) core.setSecret(secret);
    const runner = readRunnerContext(process.env);
    const result = await runGate(config, runner, {
      store: new CacheBaselineStore({ directory: defaultCacheDirectory() }),
      github:
        config.token === ''
          ? undefined
          : {
              api: createGitHubClient({ token: config.token, baseUrl: runner.apiUrl, logger: actionsLogger }),
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
    });
    if (result.failure !== undefined) core.setFailed(result.failure);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
