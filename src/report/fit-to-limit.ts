import type { MarkdownOptions } from './markdown.ts';

/** Size as GitHub limits it; UTF-8 bytes are never fewer than characters, so this is the safe count. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

const CUT_NOTICE = '\n\n_…report cut here to stay within GitHub’s size limit._\n';

/**
 * Renders the fullest report that fits in `limitBytes`:
 * 1. everything;
 * 2. without the collapsible detail sections, saying where the full report is (`foldNote`);
 * 3. additionally listing only as many series as fit (the rest are counted);
 * 4. as a last resort, the text of step 3 with no series, cut at the limit.
 */
export function fitToLimit(
  render: (options: MarkdownOptions) => string,
  limitBytes: number,
  foldNote: string,
  seriesCount: number,
): string {
  const full = render({ detail: true });
  if (byteLength(full) <= limitBytes) return full;
  const folded = (maxSeries?: number) => render({ detail: false, foldNote, maxSeries });
  const withoutDetail = folded();
  if (byteLength(withoutDetail) <= limitBytes) return withoutDetail;
  // the largest series count that still fits, by bisection (the text grows with every series)
  let lo = 0;
  let hi = seriesCount;
  let best: string | undefined;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const text = folded(mid);
    if (byteLength(text) <= limitBytes) {
      best = text;
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (best !== undefined) return best;
  const fitsNothing = folded(0);
  if (byteLength(fitsNothing) <= limitBytes) return fitsNothing;
  return cutToBytes(fitsNothing, limitBytes - byteLength(CUT_NOTICE)) + CUT_NOTICE;
}

/** The longest prefix of `text` within `maxBytes`, never splitting a character. */
function cutToBytes(text: string, maxBytes: number): string {
  const prefix = Buffer.from(text, 'utf8').subarray(0, Math.max(0, maxBytes)).toString('utf8');
  return prefix.replace(/\uFFFD+$/, '');
}
