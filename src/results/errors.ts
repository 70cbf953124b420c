/**
 * A run file that cannot be read: names the file, the line when there is one, and what was expected, so the
 * user can open the file at that spot.
 */
export class RunFileError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, message: string) {
    super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
    this.name = 'RunFileError';
    this.file = file;
    this.line = line;
  }
}

/** At most `max` characters of `text` on one line, for quoting bad input inside an error message. */
export function snippet(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max)}…`;
}

/** The error for a file the system would not let us read (missing, a directory, no permission …). */
export function unreadable(file: string, err: unknown): RunFileError {
  const e = err as NodeJS.ErrnoException;
  return new RunFileError(file, undefined, `cannot read the file (${e.code ?? e.message})`);
}
