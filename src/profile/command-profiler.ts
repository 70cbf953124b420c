import { runToCompletion } from '../service/process-group.ts';

/** The placeholders of `profile-command`. */
export interface ProfileCommandValues {
  /** the service's process (the start command's shell looked through) */
  pid: number;
  /** how long the profiler should record: the length of one load run */
  seconds: number;
  /** the file the profiler must write */
  out: string;
}

/** Single-quoted for `sh`, so a path with spaces or quotes stays one word. */
const shellQuote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

function substituteProfileCommand(template: string, values: ProfileCommandValues): string {
  return template
    .replaceAll('{pid}', String(values.pid))
    .replaceAll('{seconds}', String(values.seconds))
    .replaceAll('{out}', shellQuote(values.out));
}

/** A profiler gets this long beyond its recording time to write its file before it is stopped. */
const WRITE_GRACE_MS = 60_000;

/**
 * Starts `profile-command` for one side beside its load run; `finished()` waits for it (it records for
 * `{seconds}` and exits by itself) and says how it ended, with the last lines it wrote when it failed.
 */
export function startProfileCommand(
  template: string,
  values: ProfileCommandValues,
  where: { cwd: string; env: NodeJS.ProcessEnv },
): { finished: () => Promise<{ ok: boolean; problem?: string }> } {
  const running = runToCompletion(substituteProfileCommand(template, values), {
    ...where,
    timeoutMs: values.seconds * 1000 + WRITE_GRACE_MS,
  });
  return {
    finished: async () => {
      const result = await running;
      if (result.ok) return { ok: true };
      const tail = result.output.trim().split('\n').slice(-3).join(' / ');
      return { ok: false, problem: `${result.status}${tail === '' ? '' : `: ${tail}`}` };
    },
  };
}
