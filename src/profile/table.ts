import { escapeMarkdown } from '../report/escape.ts';
import {
  type FunctionChange,
  formatBytes,
  formatSeconds,
  type ProfileDiff,
  type ProfileNoise,
} from './diff.ts';

/** How many functions the comment names. */
export const WHERE_ROWS = 5;

const NOISE_UNKNOWN =
  'The noise of this diff was not measured (only V8 profiles can be split into two halves of one run).';

const signed = (x: number, format: (x: number) => string) =>
  `${x > 0 ? '+' : x < 0 ? '−' : '±'}${format(Math.abs(x))}`;

function row(c: FunctionChange, format: (x: number) => string, noise: ProfileNoise | undefined): string {
  const where = c.frame.file === '' ? '' : ` <sub>${escapeMarkdown(`${c.frame.file}:${c.frame.line}`)}</sub>`;
  const withinNoise = noise && Math.abs(c.selfChange) <= noise.selfPerRequest ? ' (noise)' : '';
  return (
    `| <code>${escapeMarkdown(c.frame.name)}</code>${where} | ${format(c.base.self)} → ` +
    `${format(c.pr.self)} | ${signed(c.selfChange, format)}${withinNoise} |`
  );
}

/** A heading and the top rows of a diff's additions; `none` when nothing was added. */
function additionsTable(
  heading: string,
  column: string,
  changes: FunctionChange[],
  format: (x: number) => string,
  none: string,
  noise?: ProfileNoise,
): string[] {
  const top = changes.filter((c) => c.selfChange > 0).slice(0, WHERE_ROWS);
  const lines = [`#### ${heading}`, ''];
  if (top.length === 0) lines.push(none);
  else
    lines.push(
      `| Function | ${column} | Change |`,
      '|---|---|---|',
      ...top.map((c) => row(c, format, noise)),
    );
  return lines;
}

/**
 * The comment's "Where the time went" section: the five functions that added the most self time per request
 * in the PR, base → PR, and the noise an unchanged build shows (when it could be measured). Names and paths
 * come from the PR's profile, so they are escaped like every other user-supplied string.
 */
export function renderWhereTheTimeWent(diff: ProfileDiff, noise: ProfileNoise | undefined): string {
  const lines = additionsTable(
    'Where the time went',
    'Self time per request, base → PR',
    diff.changes,
    formatSeconds,
    'No function spent more time per request in the PR.',
    noise,
  );
  lines.push('', escapeMarkdown(noise?.statement ?? NOISE_UNKNOWN));
  return `${lines.join('\n')}\n`;
}

/**
 * When peak RSS regressed: the five allocation sites (from the heap profiles) that allocated the most more
 * per request in the PR, base → PR.
 */
export function renderWhereTheMemoryWent(diff: ProfileDiff): string {
  const lines = additionsTable(
    'Where the memory went',
    'Allocated per request (sampled), base → PR',
    diff.changes,
    formatBytes,
    'No allocation site allocated more per request in the PR.',
  );
  return `${lines.join('\n')}\n`;
}
