import { spawn } from 'node:child_process';

export interface ProcessSpec {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** stop the process (SIGTERM, then SIGKILL after `killGraceMs`) once this much time has passed */
  timeoutMs?: number;
  killGraceMs?: number;
  /** every complete output line as it arrives */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** keep the whole stdout (for `k6 version` / `k6 inspect`) */
  captureStdout?: boolean;
}

export interface ProcessResult {
  /** null when the process ended by a signal */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** the whole stdout when `captureStdout` was set, else '' */
  stdout: string;
  /** the last lines of each stream, for error messages */
  stdoutTail: string[];
  stderrTail: string[];
  durationMs: number;
}

/** Starts a process and waits for it; injected into the k6 runner so tests can replace the process boundary. */
export type ProcessRunner = (spec: ProcessSpec) => Promise<ProcessResult>;

const TAIL_LINES = 15;

export const spawnProcess: ProcessRunner = (spec) =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(spec.command, spec.args, {
      env: spec.env ?? process.env,
      cwd: spec.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const stdoutTail: string[] = [];
    const stderrTail: string[] = [];
    let stdout = '';
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;

    const splitter = (stream: 'stdout' | 'stderr', tail: string[]) => {
      let carry = '';
      return {
        push(chunk: string) {
          if (stream === 'stdout' && spec.captureStdout) stdout += chunk;
          const parts = (carry + chunk).split(/\r?\n/);
          carry = parts.pop()!;
          for (const line of parts) emit(line);
        },
        flush() {
          if (carry !== '') emit(carry);
          carry = '';
        },
      };
      function emit(line: string) {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        spec.onLine?.(line, stream);
      }
    };
    const out = splitter('stdout', stdoutTail);
    const err = splitter('stderr', stderrTail);
    child.stdout.setEncoding('utf8').on('data', (c: string) => out.push(c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => err.push(c));

    const timeout =
      spec.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), spec.killGraceMs ?? 5_000);
          }, spec.timeoutMs);

    child.once('error', (e) => {
      clearTimeout(timeout);
      clearTimeout(killTimer);
      reject(new Error(`could not start ${spec.command}: ${e.message}`));
    });
    child.once('close', (exitCode, signal) => {
      clearTimeout(timeout);
      clearTimeout(killTimer);
      out.flush();
      err.flush();
      resolve({
        exitCode,
        signal,
        timedOut,
        stdout,
        stdoutTail,
        stderrTail,
        durationMs: performance.now() - started,
      });
    });
  });

/** The tool's last stderr lines (its log), or stdout's when stderr is empty, for an error message. */
export function outputTail(r: ProcessResult, tool: string): string {
  const lines = (r.stderrTail.some((l) => l.trim() !== '') ? r.stderrTail : r.stdoutTail).filter(
    (l) => l.trim() !== '',
  );
  if (lines.length === 0) return `; ${tool} printed nothing`;
  return `. Last lines of ${tool}'s output:\n${lines
    .slice(-8)
    .map((l) => `  ${l}`)
    .join('\n')}`;
}

/** Why a run did not end on its own (stopped at the time limit, killed by a signal), or undefined. */
export function interruption(
  what: string,
  r: ProcessResult,
  timeoutMs: number | undefined,
  tool: string,
): string | undefined {
  if (r.timedOut) {
    const limit = timeoutMs === undefined ? 'the time limit' : `${+(timeoutMs / 1000).toFixed(3)} s`;
    return (
      `${what} did not finish within ${limit} and was stopped` +
      ` (raise the run timeout if the test is meant to take longer)${outputTail(r, tool)}`
    );
  }
  if (r.exitCode === null) return `${what} was killed by ${r.signal ?? 'a signal'}${outputTail(r, tool)}`;
  return undefined;
}
