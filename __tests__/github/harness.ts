/** A fake GitHub per test and a real client (retry + throttling plugins) pointed at it, with short waits. */
import { afterEach, beforeEach } from 'vitest';
import { createGitHubClient, type GitHubClient, type GitHubClientTiming } from '../../src/github/client.ts';
import type { RepoRef } from '../../src/github/publish-outcome.ts';
import { type FakeGitHub, startFakeGitHub } from '../servers/fake-github.ts';

/** Waits shrunk ~100×: one second of GitHub's retry-after lasts 10 ms. */
export const FAST_TIMING: GitHubClientTiming = {
  retryBaseMs: 10,
  rateLimitSecondMs: 10,
  writeSpacingMs: 0,
  notificationSpacingMs: 0,
};

export const REPO: RepoRef = { owner: 'octo', repo: 'app' };
export const HEAD_SHA = 'a'.repeat(40);

export interface Harness {
  gh: FakeGitHub;
  client: GitHubClient;
  warnings: string[];
}

/** Registers beforeEach/afterEach; read the fields inside tests. */
export function useFakeGitHub(): Harness {
  const harness = {} as Harness;
  beforeEach(async () => {
    harness.gh = await startFakeGitHub({ token: 'test-token' });
    harness.warnings = [];
    harness.client = createGitHubClient({
      token: 'test-token',
      baseUrl: harness.gh.url,
      timing: FAST_TIMING,
      logger: { warning: (m) => harness.warnings.push(m) },
    });
  });
  afterEach(async () => {
    await harness.gh.close();
  });
  return harness;
}
