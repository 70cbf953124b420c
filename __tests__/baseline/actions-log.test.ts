import { afterEach, describe, expect, it } from 'vitest';
import { captureActionsLog } from '../../src/baseline/actions-log.ts';

/** The one line written while capturing, as captureActionsLog parsed it. */
async function parseActionsLogLine(line: string) {
  const { lines } = await captureActionsLog(async () => process.stdout.write(`${line}\n`), { echo: false });
  expect(lines).toHaveLength(1);
  return lines[0];
}

describe('reading Actions log lines', () => {
  it('reads workflow commands with and without properties, and plain lines as info', async () => {
    const cases: [string, string, string][] = [
      ['::debug::Cache service version: v2', 'debug', 'Cache service version: v2'],
      [
        '::warning file=a.ts,line=3::Failed to restore: boom%0Adetail 100%25',
        'warning',
        'Failed to restore: boom\ndetail 100%',
      ],
      ['::add-mask::s3cr3t', 'command', 's3cr3t'],
      ['::notice::Cache saved with key: k%0D%0Anext', 'notice', 'Cache saved with key: k\r\nnext'],
      ['::error::Failed to save', 'error', 'Failed to save'],
      // a command only when the whole line is one: not in the middle of a line, nor cut by a raw carriage return
      ['echo ::warning::not a command', 'info', 'echo ::warning::not a command'],
      ['::debug::10%\r::debug::20%', 'info', '::debug::10%\r::debug::20%'],
      ['Cache hit for: k', 'info', 'Cache hit for: k'],
    ];
    for (const [line, level, message] of cases) {
      expect(await parseActionsLogLine(line), line).toEqual({ level, message });
    }
  });
});

describe('captureActionsLog', () => {
  const realWrite = process.stdout.write;
  afterEach(() => {
    process.stdout.write = realWrite;
  });

  /** Puts a recorder in place of stdout, standing for what the runner would see. */
  const recordStdout = () => {
    const shown: string[] = [];
    const recorder = ((chunk: string) => {
      shown.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    process.stdout.write = recorder;
    return { shown, recorder };
  };

  it('collects lines split across writes, hides them without echo but lets masks through, and restores stdout', async () => {
    const { shown, recorder } = recordStdout();
    const { value, lines } = await captureActionsLog(
      async () => {
        process.stdout.write('::debug::one');
        process.stdout.write(' line\n::add-mask::secret\n');
        process.stdout.write(Buffer.from('plain\r\ntail'));
        return 42;
      },
      { echo: false },
    );
    expect(value).toBe(42);
    expect(lines).toEqual([
      { level: 'debug', message: 'one line' },
      { level: 'command', message: 'secret' },
      { level: 'info', message: 'plain' },
      { level: 'info', message: 'tail' },
    ]);
    expect(shown).toEqual(['::add-mask::secret\n']);
    expect(process.stdout.write).toBe(recorder);
  });

  it('echoes everything when asked, and restores stdout when the call throws', async () => {
    const { shown, recorder } = recordStdout();
    await expect(
      captureActionsLog(
        async () => {
          process.stdout.write('::warning::careful\n');
          throw new Error('inner failure');
        },
        { echo: true },
      ),
    ).rejects.toThrow('inner failure');
    expect(shown).toEqual(['::warning::careful\n']);
    expect(process.stdout.write).toBe(recorder);
  });
});
