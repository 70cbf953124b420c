import { escapeMarkdown } from '../report/escape.ts';
import { type FunctionChange, formatSeconds, type ProfileDiff, type ProfileNoise } from './diff.ts';

/** How many functions the comment names. */
const ROWS = 5;

const signed = (s: number) => `${s > 0 ? '+' : s < 0 ? '−' : '±'}${formatSeconds(Math.abs(s))}`;

function row(c: FunctionChange, noise: ProfileNoise): string {
  const where = c.frame.file === '' ? '' : ` <sub>${escapeMarkdown(`${c.frame.file}:${c.frame.line}`)}</sub>`;
  const withinNoise = Math.abs(c.selfChange) <= noise.selfPerRequest ? ' (noise)' : '';
  return (
    `| <code>${escapeMarkdown(c.frame.name)}</code>${where} | ${formatSeconds(c.base.self)} → ` +
    `${formatSeconds(c.pr.self)} | ${signed(c.selfChange)}${withinNoise} |`
  );
}

/**
 * The comment's "Where the time went" section: the five functions that added the most self time per request
 * in the PR, base → PR, and the noise an unchanged build shows. Names and paths come from the PR's profile,
 * so they are escaped like every other user-supplied string.
 */
export function renderWhereTheTimeWent(diff: ProfileDiff, noise: ProfileNoise): string {
  const top = diff.changes.filter((c) => c.selfChange > 0).slice(0, ROWS);
  const lines = ['### Where the time went', ''];
  if (top.length === 0) lines.push('No function spent more time per request in the PR.');
  else
    lines.push(
      '| Function | Self time per request, base → PR | Change |',
      '|---|---|---|',
      ...top.map((c) => row(c, noise)),
    );
  lines.push('', escapeMarkdown(noise.statement));
  return `${lines.join('\n')}\n`;
}
