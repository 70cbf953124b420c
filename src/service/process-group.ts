import { type ChildProcess, spawn } from 'node:child_process';

/** How many lines of a service's output a failure report quotes. */
const TAIL_LINES = 20;

/** The last lines a process wrote (stdout and stderr interleaved), kept in memory for error reports. */
class OutputTail {
  private lines: string[] = [];
  private partial = '';

  push(chunk: Buffer | string): void {
    const text = this.partial + chunk.toString();
    const parts = text.split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > TAIL_LINES) this.lines = this.lines.slice(-TAIL_LINES);
  }

  text(): string {
    return [...this.lines, ...(this.partial === '' ? [] : [this.partial])].slice(-TAIL_LINES).join('\n');
  }
}

/**
 * How long a failure report waits, after the shell exits, for the last of its output: Node may report the exit
 * before it has read what the shell wrote just before it (its pipes close later, and a child the shell left
 * running may hold them open).
 */
const DRAIN_MS = 2000;

/** A shell command running as the leader of its own process group, so everything it starts can be stopped. */
export interface GroupProcess {
  pid: number;
  output: OutputTail;
  /** resolves with the exit code (or signal) once the shell itself exits */
  exited: Promise<string>;
  /** the output's last lines once the shell has exited and its pipes are closed (or DRAIN_MS after the exit) */
  outputAfterExit(): Promise<string>;
  /** true once the shell has exited */
  hasExited(): boolean;
  /** SIGTERM to the whole group, SIGKILL after `graceMs` if any member is left; resolves once none is */
  stop(graceMs: number): Promise<void>;
}

/** Runs `command` with `sh -c` in `cwd`, as a new process group (detached), its output kept in a tail. */
export function startGroup(command: string, options: { cwd: string; env: NodeJS.ProcessEnv }): GroupProcess {
  const output = new OutputTail();
  const child: ChildProcess = spawn('sh', ['-c', command], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => output.push(c));
  child.stderr!.on('data', (c: Buffer) => output.push(c));
  let done = false;
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => {
      done = true;
      resolve(`could not start: ${error.message}`);
    });
    child.once('exit', (code, signal) => {
      done = true;
      resolve(signal === null ? `exit code ${code}` : `signal ${signal}`);
    });
  });
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const pid = child.pid ?? -1;
  return {
    pid,
    output,
    exited,
    outputAfterExit: async () => {
      await exited;
      await settledWithin(closed, DRAIN_MS);
      return output.text();
    },
    hasExited: () => done,
    stop: (graceMs) => stopGroup(pid, graceMs),
  };
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    // EPERM: members exist but belong to someone else; still alive as far as we can tell
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group is gone already
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when `promise` does or after `ms`, whichever comes first. */
function settledWithin(promise: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** SIGTERM to process group `pgid`, SIGKILL after `graceMs` if any member is left; resolves once none is. */
async function stopGroup(pgid: number, graceMs: number): Promise<void> {
  if (pgid <= 0 || !groupAlive(pgid)) return;
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(25);
  if (!groupAlive(pgid)) return;
  signalGroup(pgid, 'SIGKILL');
  // the kernel reaps SIGKILLed members promptly; wait (bounded) so callers can rely on "gone"
  const killDeadline = Date.now() + 5000;
  while (groupAlive(pgid) && Date.now() < killDeadline) await sleep(25);
}

/** Runs `command` to completion (a build, a ready check) in its own process group; says how it ended. */
export async function runToCompletion(
  command: string,
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    timeoutMs: number;
    /** sees the running group, so a cancelled job can stop it */
    onStart?: (group: GroupProcess) => void;
  },
): Promise<{ ok: boolean; status: string; output: string }> {
  const group = startGroup(command, options);
  options.onStart?.(group);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void group.stop(2000);
  }, options.timeoutMs);
  const status = await group.exited;
  clearTimeout(timer);
  // a build may leave background processes behind (a daemon, a watcher): they belong to it, end them
  await group.stop(2000);
  const ok = status === 'exit code 0' && !timedOut;
  return {
    ok,
    status: timedOut ? `timed out after ${Math.round(options.timeoutMs / 1000)} s` : status,
    output: await group.outputAfterExit(),
  };
}
