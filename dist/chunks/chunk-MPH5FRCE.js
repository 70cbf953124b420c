import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  byteLength,
  fitToLimit,
  renderMarkdown
} from "./chunk-YT54YFY2.js";
import {
  assertRenderable
} from "./chunk-5KKGYJ4E.js";
import {
  BODY_MAX_CHARS
} from "./chunk-6374IUCB.js";

// src/posting/markers.ts
var PREFIX = {
  comment: "perf-gate",
  "tracking-issue": "perf-gate-drift"
};
function marker(kind, scenarioId) {
  const id = scenarioId.trim();
  const problem = id === "" ? "it is empty" : /[\r\n]/.test(id) ? "it contains a line break" : id.includes("--") || id.includes(">") || id.includes("<") ? 'it contains "--", "<" or ">", which cannot appear inside an HTML comment' : void 0;
  if (problem) {
    throw new Error(`scenario id ${JSON.stringify(scenarioId)} cannot mark a GitHub ${kind}: ${problem}`);
  }
  return `<!-- ${PREFIX[kind]}:${id} -->`;
}
function withMarker(markerText, body) {
  return `${markerText}
${body}`;
}
function hasMarker(body, markerText) {
  return body?.includes(markerText) ?? false;
}

// src/report/comment.ts
var commentMarker = (scenarioId) => marker("comment", scenarioId);
function foldNote(ctx) {
  return ctx.runUrl ? `Full report in the job summary: [workflow run](${ctx.runUrl})` : "Full report in the job summary of this workflow run.";
}
function renderCommentBody(ctx) {
  assertRenderable(ctx);
  const room = BODY_MAX_CHARS - byteLength(withMarker(commentMarker(ctx.scenario.id), ""));
  return fitToLimit(
    (options) => renderMarkdown(ctx, options),
    room,
    foldNote(ctx),
    ctx.comparison?.series.length ?? 0
  );
}

export {
  marker,
  withMarker,
  hasMarker,
  foldNote,
  renderCommentBody
};
