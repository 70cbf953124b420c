import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../temp-dirs.ts';

const tempDir = tempDirs(afterAll);

const K6_REPLAY = join(import.meta.dirname, '../bin/k6-replay');

/**
 * A module-resolution hook that sends SIGTERM to the process the moment the stand-in asks for `node:fs`, its
 * first module: a run timeout that lands while a busy machine is still loading the stand-in, made
 * deterministic (the import waits until the signal is handled). Until a process installs a SIGTERM listener, SIGTERM kills it outright.
 */
function signalDuringStartUp(): string {
  const dir = tempDir('perf-gate-k6-replay-');
  writeFileSync(
    join(dir, 'hooks.mjs'),
    [
      'export async function resolve(specifier, context, next) {',
      "  if (specifier === 'node:fs' && context.parentURL?.endsWith('/k6-replay')) {",
      "    process.kill(process.pid, 'SIGTERM');",
      // hooks run on their own thread: hold the import back so the main thread cannot finish before the
      // signal is handled (without handlers the signal ends it at once; 10 s is reached only by a broken run)
      '    await new Promise((r) => setTimeout(r, 10_000));',
      '  }',
      '  return next(specifier, context);',
      '}',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'register.mjs'),
    "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n",
  );
  return join(dir, 'register.mjs');
}

describe('the k6 stand-in (__tests__/bin/k6-replay)', () => {
  it('ends like k6 on a SIGTERM that arrives while it is still loading: exit 105 and its log line', async () => {
    const register = signalDuringStartUp();
    const { code, signal, stderr } = await new Promise<{
      code: number | null;
      signal: NodeJS.Signals | null;
      stderr: string;
    }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--import', register, K6_REPLAY, 'version'],
        (_error, _stdout, stderr) => resolve({ code: child.exitCode, signal: child.signalCode, stderr }),
      );
    });
    // killed by the signal (code null, signal SIGTERM) when its handlers come after its imports
    expect({ code, signal }).toEqual({ code: 105, signal: null });
    expect(stderr).toContain('test run was aborted because k6 received a signal');
  });
});
