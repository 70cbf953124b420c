import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await exec('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return stdout.trim();
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`git ${args.join(' ')} in ${cwd} failed: ${(e.stderr ?? e.message).trim()}`);
  }
}

async function hasCommit(repo: string, sha: string): Promise<boolean> {
  try {
    await exec('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: repo });
    return true;
  } catch {
    return false;
  }
}

/** The folder beside the workspace where the base commit is checked out, e.g. ../repo-perf-gate-base. */
export function worktreePathFor(workspace: string): string {
  return join(dirname(workspace), `${basename(workspace)}-perf-gate-base`);
}

/**
 * Checks out `sha` in a detached git worktree at `path`, fetching that commit first when the checkout is
 * shallow and lacks it (actions/checkout fetches one commit by default). A leftover worktree of an earlier,
 * killed job at the same path is replaced.
 */
export async function addWorktree(repo: string, sha: string, path: string): Promise<void> {
  if (!(await hasCommit(repo, sha))) await git(repo, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
  await removeWorktree(repo, path);
  await git(repo, ['worktree', 'add', '--detach', path, sha]);
}

/** Removes the worktree and its registration; safe to call when it does not exist. */
export async function removeWorktree(repo: string, path: string): Promise<void> {
  try {
    await exec('git', ['worktree', 'remove', '--force', path], { cwd: repo });
  } catch {
    // not registered (or already gone): remove whatever is on disk and forget stale registrations
  }
  await rm(path, { recursive: true, force: true });
  await git(repo, ['worktree', 'prune']);
}
