/** The CLI run in-process with its output captured: what a user would see on stdout and stderr. */
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function memoryIo(
  env: Record<string, string> = {},
  cwd = root,
): CliIo & { stdout: string; stderrText: () => string } {
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (chunk) => {
    err += String(chunk);
  });
  const io = {
    stdout: '',
    out(text: string) {
      io.stdout += `${text}\n`;
    },
    err(text: string) {
      stderr.write(`${text}\n`);
    },
    stderr,
    env,
    cwd,
    stderrText: () => err,
  };
  return io;
}

/** `perf-gate ARGS` run in `cwd` (default: the repository's root). */
export async function cli(args: string[], env: Record<string, string> = {}, cwd = root) {
  const io = memoryIo(env, cwd);
  const code = await runCli(args, io, false);
  await new Promise((r) => setImmediate(r));
  return { code, out: io.stdout, err: io.stderrText() };
}
