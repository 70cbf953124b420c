/**
 * GitHub's size limits on what we post, and an honest truncation that says it happened.
 *
 * Sources:
 * - Check run `output.summary` (and `output.text`): "Maximum length: 65535 characters"
 *   (https://docs.github.com/rest/checks/runs#create-a-check-run). GitHub enforces it in UTF-8 *bytes*:
 *   422 "summary exceeds a maximum bytesize of 65535" (https://github.com/github/docs/issues/35252).
 * - Check run `output.title`: GitHub documents no maximum. It is shown on one line next to the check name,
 *   so we keep it to one line of at most 255 characters (our choice, not GitHub's).
 * - Issue and issue-comment bodies: 422 "Body is too long (maximum is 65536 characters)" (the API's own
 *   message, e.g. https://github.com/peter-evans/create-or-update-comment/pull/182). We count UTF-16 code
 *   units (String#length), which is never fewer than characters, so we stay under it on any reading.
 */

export const CHECK_RUN_SUMMARY_MAX_BYTES = 65_535;
const CHECK_RUN_TITLE_MAX_CHARS = 255;
export const BODY_MAX_CHARS = 65_536;

export interface SizeLimit {
  maxBytes?: number;
  maxChars?: number;
}

export interface Truncated {
  text: string;
  truncated: boolean;
}

const FENCE = /^ {0,3}(```|~~~)/;

function fits(text: string, limit: SizeLimit): boolean {
  if (limit.maxChars !== undefined && text.length > limit.maxChars) return false;
  if (limit.maxBytes !== undefined && Buffer.byteLength(text, 'utf8') > limit.maxBytes) return false;
  return true;
}

/** Longest prefix length n (in code units) with fits(text.slice(0, n) + suffix); bytes grow with n. */
function longestFittingPrefix(text: string, suffix: string, limit: SizeLimit): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(text.slice(0, mid) + suffix, limit)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A cut inside a fenced code block would turn the note into code: close the fence first. */
function closeOpenFence(text: string): string {
  const fences = text.split('\n').filter((line) => FENCE.test(line)).length;
  return fences % 2 === 1 ? `${text}\n\`\`\`` : text;
}

/**
 * `text` unchanged when it fits `limit`; otherwise as much of it as fits, cut at a line break when one is
 * near (else between characters, never inside a surrogate pair), an open code fence closed, and `note`
 * appended on its own paragraph. The note must itself fit well inside the limit.
 */
export function truncateToLimit(text: string, limit: SizeLimit, note: string): Truncated {
  if (fits(text, limit)) return { text, truncated: false };
  const suffix = `\n\n${note}`;
  // reserve room for a closing fence so adding it can never overflow
  const reserve = `\n\`\`\`${suffix}`;
  if (!fits(reserve, limit)) {
    throw new Error(
      `truncation note of ${note.length} characters does not fit the limit ${JSON.stringify(limit)}`,
    );
  }
  let cut = longestFittingPrefix(text, reserve, limit);
  const lineBreak = text.lastIndexOf('\n', cut);
  // prefer whole lines unless that would throw away more than a fifth of what fits
  if (lineBreak > cut * 0.8) cut = lineBreak;
  else if (cut > 0 && /[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return { text: closeOpenFence(text.slice(0, cut).trimEnd()) + suffix, truncated: true };
}

/** Cuts `s` to at most `max` characters (code points), ending with an ellipsis when cut. */
export function truncate(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

/** `text` on one line: line breaks (and the blanks around them) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** One line, at most CHECK_RUN_TITLE_MAX_CHARS characters (ending in … when shortened). */
export function checkRunTitle(title: string): string {
  return truncate(oneLine(title), CHECK_RUN_TITLE_MAX_CHARS);
}
