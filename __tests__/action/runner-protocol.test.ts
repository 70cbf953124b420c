import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { failStep, readInput } from '../../src/action/runner-protocol.ts';

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('the runner protocol read before the toolkit loads', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('reads an input as @actions/core does: INPUT_<NAME>, spaces as underscores, upper case, trimmed', () => {
    const env = { INPUT_MAX_ERROR_RATE: '  5%\n', 'INPUT_TARGET-URL': 'http://127.0.0.1:3000' };
    expect(readInput('max error rate', env)).toBe('5%');
    expect(readInput('target-url', env)).toBe('http://127.0.0.1:3000');
    expect(readInput('script', env)).toBe('');
  });

  it('fails the step with an ::error:: command whose data is escaped, and exit code 1', () => {
    const out = capture();
    failStep("invalid inputs:\n- input 'runs': 100% wrong\r", out.stream);
    expect(out.text()).toBe("::error::invalid inputs:%0A- input 'runs': 100%25 wrong%0D\n");
    expect(process.exitCode).toBe(1);
  });
});
