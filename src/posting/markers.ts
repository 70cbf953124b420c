/**
 * Hidden HTML-comment markers that let perf-gate find its own comment or issue again:
 * `<!-- perf-gate:<scenario-id> -->` for the sticky PR comment, `<!-- perf-gate-drift:<scenario-id> -->`
 * for the nightly tracking issue. The closing ` -->` makes each marker end unambiguously, so the marker of
 * scenario `api` is never found inside the marker of `api-v2`.
 */

export type MarkerKind = 'comment' | 'tracking-issue';

const PREFIX: Record<MarkerKind, string> = {
  comment: 'perf-gate',
  'tracking-issue': 'perf-gate-drift',
};

/** The marker for `scenarioId`; throws when the id could break out of an HTML comment. */
export function marker(kind: MarkerKind, scenarioId: string): string {
  const id = scenarioId.trim();
  const problem =
    id === ''
      ? 'it is empty'
      : /[\r\n]/.test(id)
        ? 'it contains a line break'
        : id.includes('--') || id.includes('>') || id.includes('<')
          ? 'it contains "--", "<" or ">", which cannot appear inside an HTML comment'
          : undefined;
  if (problem) {
    throw new Error(`scenario id ${JSON.stringify(scenarioId)} cannot mark a GitHub ${kind}: ${problem}`);
  }
  return `<!-- ${PREFIX[kind]}:${id} -->`;
}

/** `body` with the marker as its first line (invisible once rendered). */
export function withMarker(markerText: string, body: string): string {
  return `${markerText}\n${body}`;
}

export function hasMarker(body: string | null | undefined, markerText: string): boolean {
  return body?.includes(markerText) ?? false;
}
