import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serviceEnv } from '../../examples/demo/repo.ts';
import type { ServiceOptions } from '../../examples/service/server.mjs';

/** The script a service child runs: the example service, which exits when its parent goes away. */
export const CHILD_SERVER = fileURLToPath(new URL('./child-server.mjs', import.meta.url));

export interface ServiceProcess {
  /** names the build in messages, e.g. 'base build' */
  label: string;
  url: string;
  pid: number;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`; resolves once it has exited */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL without waiting: for a process 'exit' handler, where nothing asynchronous runs */
  killNow(): void;
}

export interface StartOptions {
  label: string;
  service: ServiceOptions;
  /** how long the child may take to listen and answer GET /health (default 10 s) */
  timeoutMs?: number;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess): Promise<void> {
  return exited(child) ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Resolves with the first stdout line of the child, or rejects when it exits or times out first. */
function firstLine(child: ChildProcess, label: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => finish(new Error(`${label}: the service did not start within ${timeoutMs} ms${tail(err)}`)),
      timeoutMs,
    );
    const onOut = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const newline = out.indexOf('\n');
      if (newline >= 0) finish(undefined, out.slice(0, newline));
    };
    const onErr = (chunk: Buffer) => {
      err += chunk.toString('utf8');
    };
    const onExit = (code: number | null, signal: string | null) =>
      finish(
        new Error(`${label}: the service exited (${signal ?? `code ${code}`}) before listening${tail(err)}`),
      );
    function finish(error: Error | undefined, line?: string) {
      clearTimeout(timer);
      child.stdout!.off('data', onOut);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(line!);
    }
    child.stdout!.on('data', onOut);
    child.stderr!.on('data', onErr);
    child.once('exit', onExit);
  });
}

function tail(stderr: string): string {
  const text = stderr.trim();
  return text === '' ? '' : `:\n${text.split('\n').slice(-10).join('\n')}`;
}

/** Polls GET /health until it answers 200; the child printing its URL means it listens, this proves it serves. */
async function waitHealthy(url: string, label: string, deadline: number): Promise<void> {
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
      last = `status ${res.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${label}: ${url}/health did not answer 200 in time (${last})`);
}

/**
 * Starts the example service in a child process of its own (so the load generator and the service do not
 * share one event loop), on a free port, and resolves once GET /health answers.
 */
export async function startServiceProcess(options: StartOptions): Promise<ServiceProcess> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const deadline = Date.now() + timeoutMs;
  const child = spawn(process.execPath, [CHILD_SERVER], {
    env: { ...process.env, ...serviceEnv(options.service) },
    // stdin is a pipe the child watches: it closes when this process dies, however it dies
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stop = async (graceMs = 3000) => {
    if (exited(child)) return;
    const done = waitForExit(child);
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await done;
    clearTimeout(timer);
  };
  try {
    const line = await firstLine(child, options.label, timeoutMs);
    const { url } = JSON.parse(line) as { url: string };
    await waitHealthy(url, options.label, deadline);
    // keep draining its output so a chatty child never blocks on a full pipe
    child.stdout!.resume();
    child.stderr!.resume();
    return {
      label: options.label,
      url,
      pid: child.pid!,
      stop,
      killNow: () => {
        if (!exited(child)) child.kill('SIGKILL');
      },
    };
  } catch (error) {
    await stop(500);
    throw error;
  }
}
