import { mkdir, open, readdir, readFile, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../inputs/flags.ts';

/** Held while a run writes into the directory: the pid of that run. */
const LOCK_FILE = '.perf-gate.lock';
/** What `perf-gate run` writes there: the runs per side, the engines' raw output, the profiling pair's files. */
const OWNED = new Set(['pr', 'base', 'raw', 'profile']);

export interface ClaimedOutDir {
  /** what an earlier run left there and was removed */
  cleared: string[];
  /** a lock left by a run that is gone, taken over */
  staleLockPid?: number;
  release(): Promise<void>;
}

/**
 * `perf-gate run -o DIR` owns DIR: another run writing there at the same time is refused (a lock holding
 * its pid), files perf-gate did not write make it refuse, and an earlier run's results are cleared so they
 * can never mix into a later comparison.
 */
export async function claimOutDir(dir: string): Promise<ClaimedOutDir> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new UsageError(`--out ${dir}: ${error.code ?? error.message}`);
  });
  if (info !== undefined && !info.isDirectory()) {
    throw new UsageError(`--out ${dir} is a file, not a directory: choose a directory for the results`);
  }
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`--out ${dir}: cannot create it (${error.code ?? error.message})`);
  });
  const lock = join(dir, LOCK_FILE);
  const staleLockPid = await takeLock(dir, lock);
  const release = () => unlink(lock).catch(() => undefined);
  try {
    const entries = (await readdir(dir)).filter((name) => name !== LOCK_FILE);
    const foreign = entries.filter((name) => !OWNED.has(name));
    if (foreign.length > 0) {
      const shown =
        foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? `, … (${foreign.length} in all)` : '');
      throw new UsageError(
        `--out ${dir} holds files perf-gate did not write (${shown}): choose an empty or new directory, or remove them`,
      );
    }
    for (const name of entries) await rm(join(dir, name), { recursive: true, force: true });
    return { cleared: entries, ...(staleLockPid !== undefined ? { staleLockPid } : {}), release };
  } catch (error) {
    await release();
    throw error;
  }
}

/** Creates the lock, or takes over one whose run is gone; returns that run's pid when it did. */
async function takeLock(dir: string, lock: string): Promise<number | undefined> {
  let stale: number | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return stale;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new UsageError(`--out ${dir}: cannot lock it (${(error as NodeJS.ErrnoException).code})`);
      }
    }
    const pid = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
      throw new UsageError(
        `--out ${dir} is in use by another perf-gate run (pid ${pid}): wait for it to finish, or choose another directory`,
      );
    }
    stale = Number.isInteger(pid) ? pid : undefined;
    await unlink(lock).catch(() => undefined);
  }
  throw new UsageError(`--out ${dir}: another run took its lock at the same moment; try again`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
