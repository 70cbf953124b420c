import { connect } from 'node:net';
import { runToCompletion } from './process-group.ts';

/**
 * How to know a service is up: an HTTP path that must answer 2xx, a command that must exit 0, or (when
 * nothing is said) its port accepting connections.
 */
export type ReadyCheck =
  | { kind: 'http'; path: string }
  | { kind: 'command'; command: string }
  | { kind: 'port' };

/** `/health` (anything starting with '/') is a path on the service; anything else is a command. */
export function parseReadyCheck(raw: string): ReadyCheck {
  return raw.startsWith('/') ? { kind: 'http', path: raw } : { kind: 'command', command: raw };
}

function portAccepts(url: string): Promise<string | undefined> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port) });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(`${url}: connect timed out`);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(`${url}: ${error.code ?? error.message}`));
  });
}

export interface ReadyProbe {
  check: ReadyCheck;
  baseUrl: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One attempt: undefined when ready, otherwise what was seen (for the error message). */
async function probeOnce(probe: ReadyProbe): Promise<string | undefined> {
  if (probe.check.kind === 'port') return await portAccepts(probe.baseUrl);
  if (probe.check.kind === 'command') {
    const result = await runToCompletion(probe.check.command, {
      cwd: probe.cwd,
      env: probe.env,
      timeoutMs: 10_000,
    });
    return result.ok ? undefined : `ready command: ${result.status}`;
  }
  const url = `${probe.baseUrl}${probe.check.path}`;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status >= 200 && res.status < 300 ? undefined : `${url} answered ${res.status}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return `${url}: ${cause ?? (error as Error).message}`;
  }
}

/**
 * Polls until the service is ready, it gives up (`gaveUp()` returns a reason, e.g. the process exited), or
 * `timeoutMs` passes. Resolves undefined when ready, otherwise with why not.
 */
export async function waitReady(
  probe: ReadyProbe,
  timeoutMs: number,
  gaveUp: () => string | undefined,
): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  for (let delay = 50; ; delay = Math.min(500, delay * 2)) {
    const reason = gaveUp();
    if (reason !== undefined) return reason;
    const seen = await probeOnce(probe);
    if (seen === undefined) return undefined;
    last = seen;
    if (Date.now() >= deadline)
      return `not ready within ${Math.round(timeoutMs / 1000)} s (last check: ${last})`;
    await sleep(delay);
  }
}
