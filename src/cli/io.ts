/** What a CLI command may touch of the outside world; tests pass their own. */
export interface CliIo {
  /** results: tables, JSON */
  out(text: string): void;
  /** progress and errors */
  err(text: string): void;
  /** the stream behind `err`, for loggers that write lines themselves */
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Colour only on a terminal, never with NO_COLOR set (https://no-color.org). */
export function useColor(env: Record<string, string | undefined>, isTty: boolean): boolean {
  return isTty && (env.NO_COLOR ?? '') === '' && env.TERM !== 'dumb';
}

/**
 * The process's streams. stdout carries results only (a table, JSON a script parses), so it is taken over:
 * what a library prints there itself goes to stderr instead, and the `::debug::` workflow commands that
 * @actions/tool-cache prints (through @actions/core) while it installs k6, meaningless outside Actions, are
 * dropped.
 */
export function processIo(): CliIo {
  const results = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    typeof chunk === 'string' && chunk.startsWith('::debug::')
      ? true
      : process.stderr.write(chunk, ...rest)) as typeof process.stdout.write;
  return {
    out: (text) => results(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  };
}
