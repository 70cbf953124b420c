import { escapeMarkdown } from '../report/escape.ts';
import { type FunctionChange, formatSeconds, type ProfileDiff, type ProfileNoise } from './diff.ts';

/** How many functions the comment names. */
export const WHERE_ROWS = 5;

const NOISE_UNKNOWN =
  'The noise of this diff was not measured (only V8 profiles can be split into two halves of one run).';

const signed = (s: number) => `${s > 0 ? '+' : s < 0 ? '−' : '±'}${formatSeconds(Math.abs(s))}`;

function row(c: FunctionChange, noise: ProfileNoise | undefined): string {
  const where = c.frame.file === '' ? '' : ` <sub>${escapeMarkdown(`${c.frame.file}:${c.frame.line}`)}</sub>`;
  const withinNoise = noise && Math.abs(c.selfChange) <= noise.selfPerRequest ? ' (noise)' : '';
  return (
    `| <code>${escapeMarkdown(c.frame.name)}</code>${where} | ${formatSeconds(c.base.self)} → ` +
    `${formatSeconds(c.pr.self)} | ${signed(c.selfChange)}${withinNoise} |`
  );
}

/**
 * The comment's "Where the time went" section: the five functions that added the most self time per request
 * in the PR, base → PR, and the noise an unchanged build shows (when it could be measured). Names and paths
 * come from the PR's profile, so they are escaped like every other user-supplied string.
 */
export function renderWhereTheTimeWent(diff: ProfileDiff, noise: ProfileNoise | undefined): string {
  const top = diff.changes.filter((c) => c.selfChange > 0).slice(0, WHERE_ROWS);
  const lines = ['#### Where the time went', ''];
  if (top.length === 0) lines.push('No function spent more time per request in the PR.');
  else
    lines.push(
      '| Function | Self time per request, base → PR | Change |',
      '|---|---|---|',
      ...top.map((c) => row(c, noise)),
    );
  lines.push('', escapeMarkdown(noise?.statement ?? NOISE_UNKNOWN));
  return `${lines.join('\n')}\n`;
}
