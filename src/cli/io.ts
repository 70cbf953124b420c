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

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  };
}
