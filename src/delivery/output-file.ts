import { stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError } from '../inputs/flags.ts';

/**
 * A file a flag asks the CLI to write (--markdown, --save): checked before any work, so a wrong path costs
 * nothing and is named, never a raw EISDIR or ENOENT after the comparison.
 */
export async function assertWritableFile(flag: string, path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) throw new UsageError(`--${flag} ${path} is a directory: give a file name`);
  const parent = await stat(dirname(path)).catch(() => undefined);
  if (!parent?.isDirectory()) {
    throw new UsageError(`--${flag} ${path}: the directory ${dirname(path)} does not exist`);
  }
}

export async function writeOutputFile(flag: string, path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UsageError(`--${flag} ${path}: cannot write it (${e.code ?? e.message})`);
  }
}
