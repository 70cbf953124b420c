/**
 * `@actions/cache` is best-effort by design: restoreCache and saveCache swallow every service failure and
 * only say what happened through `@actions/core` log output (workflow commands on stdout). Telling "the
 * baseline does not exist" from "the cache service is down" therefore means reading that output. This tees
 * stdout while a call runs and parses what was written, so the log still reaches the user unchanged.
 */

export type ActionsLogLevel = 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'command';

export interface ActionsLogLine {
  level: ActionsLogLevel;
  message: string;
}

const LEVELS = new Set<ActionsLogLevel>(['debug', 'notice', 'warning', 'error']);

/** Parses one line of Actions log output: `::warning file=x::message`, `::debug::…`, or plain info. */
function parseActionsLogLine(line: string): ActionsLogLine {
  const command = /^::([A-Za-z][\w-]*)(?: [^:]*)?::(.*)$/.exec(line);
  if (command === null) return { level: 'info', message: line };
  const name = command[1] as ActionsLogLevel;
  // Stryker disable next-line StringLiteral: equivalent, `(.*)` always takes part in a match, so command[2] is never undefined
  const data = command[2] ?? '';
  return { level: LEVELS.has(name) ? name : 'command', message: unescapeData(data) };
}

/** Reverses @actions/core's escaping of command data. */
function unescapeData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/**
 * Runs `fn` while collecting everything written to stdout. With `echo: false` the output is not shown,
 * except `::add-mask::` commands, which must reach the runner so secrets stay masked.
 */
export async function captureActionsLog<T>(
  fn: () => Promise<T>,
  options: { echo: boolean },
): Promise<{ value: T; lines: ActionsLogLine[] }> {
  const stdout = process.stdout;
  const original = stdout.write;
  const passThrough = (text: string) => (original as (text: string) => boolean).call(stdout, text);
  let pending = '';
  const lines: ActionsLogLine[] = [];
  stdout.write = function (this: typeof stdout, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    const parts = (pending + text).split('\n');
    pending = parts.pop() ?? '';
    for (const part of parts) {
      const line = part.replace(/\r$/, '');
      lines.push(parseActionsLogLine(line));
      if (!options.echo && line.startsWith('::add-mask::')) passThrough(`${line}\n`);
    }
    if (options.echo) return (original as (...args: unknown[]) => boolean).call(stdout, chunk, ...rest);
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  } as typeof stdout.write;
  try {
    const value = await fn();
    return { value, lines };
  } finally {
    stdout.write = original;
    if (pending !== '') lines.push(parseActionsLogLine(pending));
  }
}
