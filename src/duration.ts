/**
 * The duration grammar shared by the Action's inputs, CLI flags, scenario files and k6 options: '30s', '2m',
 * '1m30s', '500ms', or a bare number of seconds. Each caller words its own error for text that is not one.
 */

const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };

export const DURATION_EXAMPLES = 'write e.g. 30s, 2m, 1m30s or 500ms';

/** seconds, or undefined when `raw` is not a duration */
export function durationSeconds(raw: string): number | undefined {
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const compact = text.replace(/\s+/g, '');
  let seconds = 0;
  let consumed = 0;
  for (const m of compact.matchAll(DURATION_PART)) {
    if (m.index !== consumed) break;
    seconds += Number(m[1]) * UNIT_SECONDS[m[2]!]!;
    consumed += m[0].length;
  }
  return compact === '' || consumed !== compact.length ? undefined : seconds;
}
