import { BODY_MAX_CHARS } from '../posting/limits.ts';
import { marker, withMarker } from '../posting/markers.ts';
import { assertRenderable, type ReportContext } from './context.ts';
import { byteLength, fitToLimit } from './fit-to-limit.ts';
import { renderMarkdown } from './markdown.ts';

/** The hidden first line by which the sticky comment of a scenario is found again (same as src/github uses). */
const commentMarker = (scenarioId: string): string => marker('comment', scenarioId);

/** Where the whole report is when a cut of it had to leave things out. */
export function foldNote(ctx: ReportContext): string {
  return ctx.runUrl
    ? `Full report in the job summary: [workflow run](${ctx.runUrl})`
    : 'Full report in the job summary of this workflow run.';
}

/**
 * The comment without its marker line, folded so that marker line + body fit GitHub's limit: for callers
 * that add the marker themselves (src/github/sticky-comment.ts does).
 */
export function renderCommentBody(ctx: ReportContext): string {
  assertRenderable(ctx);
  // GitHub's limit is in characters; we count UTF-8 bytes, never fewer than characters or UTF-16 code units,
  // so the text fits on any reading of it
  const room = BODY_MAX_CHARS - byteLength(withMarker(commentMarker(ctx.scenario.id), ''));
  return fitToLimit(
    (options) => renderMarkdown(ctx, options),
    room,
    foldNote(ctx),
    ctx.comparison?.series.length ?? 0,
  );
}

/** The sticky PR comment: marker line, then the report folded to fit GitHub's comment limit. */
export function renderComment(ctx: ReportContext): string {
  return withMarker(commentMarker(ctx.scenario.id), renderCommentBody(ctx));
}
