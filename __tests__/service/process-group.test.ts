import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runToCompletion } from '../../src/service/process-group.ts';

describe('runToCompletion', () => {
  it('keeps what a failing command wrote just before it exited', async () => {
    // Node may report the exit before it has read the last write: the output is read once the pipes close
    // (a .ci/run on a busy machine once quoted "it wrote nothing" for exactly this build)
    for (let i = 0; i < 40; i++) {
      const build = await runToCompletion('echo "error TS2304: cannot find name foo" >&2; exit 2', {
        cwd: tmpdir(),
        env: process.env,
        timeoutMs: 60_000,
      });
      expect(build).toEqual({
        ok: false,
        status: 'exit code 2',
        output: 'error TS2304: cannot find name foo',
      });
    }
  });
});
