import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EventContext, selectMode } from '../../src/modes/select-mode.ts';

function event(
  name: string,
  file: string,
  refName: string,
  sha = 'abcabcabcabcabcabcabcabcabcabcabcabcabca',
): EventContext {
  const payload = JSON.parse(
    readFileSync(new URL(`../fixtures/events/${file}.json`, import.meta.url), 'utf8'),
  );
  return { eventName: name, payload, sha, refName };
}

describe('selectMode', () => {
  it('compares a pull request against its base commit, checking the head sha (not the merge commit)', () => {
    const plan = selectMode(event('pull_request', 'pull_request', '42/merge', 'merge-commit-sha'), 'auto');
    expect(plan).toEqual({
      mode: 'compare',
      headSha: '1111111111111111111111111111111111111111',
      baseSha: '2222222222222222222222222222222222222222',
      baseBranch: 'main',
      prNumber: 42,
      fork: false,
    });
  });

  it('says when a pull request comes from a fork (whose token is read-only)', () => {
    expect(selectMode(event('pull_request', 'pull_request-fork', '7/merge'), 'auto')).toMatchObject({
      mode: 'compare',
      fork: true,
    });
  });

  it('refuses pull_request_target with a pointer to the safe pattern', () => {
    expect(() => selectMode(event('pull_request_target', 'pull_request_target', 'main'), 'auto')).toThrow(
      /perf-gate refuses 'pull_request_target': that event runs with a write token/,
    );
    expect(() => selectMode(event('pull_request_target', 'pull_request_target', 'main'), 'compare')).toThrow(
      /two-workflow pattern.*workflow_run.*mode: report/s,
    );
  });

  it('records a baseline on a push to the default branch', () => {
    expect(selectMode(event('push', 'push-main', 'main', 'sha4'), 'auto')).toEqual({
      mode: 'baseline',
      sha: 'sha4',
      branch: 'main',
      nightly: false,
    });
  });

  it('records a nightly baseline on schedule (payload has no repository: falls back to the baseline branch)', () => {
    expect(selectMode(event('schedule', 'schedule', 'main', 'sha5'), 'auto')).toMatchObject({
      mode: 'baseline',
      nightly: true,
    });
    expect(selectMode(event('schedule', 'schedule', 'trunk', 'sha5'), 'auto', 'trunk')).toMatchObject({
      mode: 'baseline',
      branch: 'trunk',
      nightly: true,
    });
  });

  it('records a baseline on workflow_dispatch on the default branch only', () => {
    expect(selectMode(event('workflow_dispatch', 'workflow_dispatch', 'main'), 'auto')).toMatchObject({
      mode: 'baseline',
    });
    expect(selectMode(event('workflow_dispatch', 'workflow_dispatch', 'feature/x', 'sx'), 'auto')).toEqual({
      mode: 'compare',
      headSha: 'sx',
      baseBranch: 'main',
      fork: false,
    });
  });

  it('compares a push to a feature branch against the default branch without saving', () => {
    expect(selectMode(event('push', 'push-feature', 'feature/x', 'sha6'), 'auto')).toEqual({
      mode: 'compare',
      headSha: 'sha6',
      baseBranch: 'main',
      fork: false,
    });
  });

  it('honours explicit modes, but never saves a baseline from a pull request', () => {
    expect(selectMode(event('workflow_run', 'workflow_run', 'main'), 'report')).toEqual({ mode: 'report' });
    expect(selectMode(event('push', 'push-main', 'main', 's'), 'compare')).toMatchObject({ mode: 'compare' });
    expect(() => selectMode(event('pull_request', 'pull_request', '42/merge'), 'baseline')).toThrow(
      /never saves a baseline/,
    );
  });
});
