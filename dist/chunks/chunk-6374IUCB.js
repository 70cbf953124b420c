import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/posting/limits.ts
var CHECK_RUN_SUMMARY_MAX_BYTES = 65535;
var CHECK_RUN_TITLE_MAX_CHARS = 255;
var BODY_MAX_CHARS = 65536;
var FENCE = /^ {0,3}(```|~~~)/;
function fits(text, limit) {
  if (limit.maxChars !== void 0 && text.length > limit.maxChars) return false;
  if (limit.maxBytes !== void 0 && Buffer.byteLength(text, "utf8") > limit.maxBytes) return false;
  return true;
}
function longestFittingPrefix(text, suffix, limit) {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(text.slice(0, mid) + suffix, limit)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function closeOpenFence(text) {
  const fences = text.split("\n").filter((line) => FENCE.test(line)).length;
  return fences % 2 === 1 ? `${text}
\`\`\`` : text;
}
function truncateToLimit(text, limit, note) {
  if (fits(text, limit)) return { text, truncated: false };
  const suffix = `

${note}`;
  const reserve = `
\`\`\`${suffix}`;
  if (!fits(reserve, limit)) {
    throw new Error(
      `truncation note of ${note.length} characters does not fit the limit ${JSON.stringify(limit)}`
    );
  }
  let cut = longestFittingPrefix(text, reserve, limit);
  const lineBreak = text.lastIndexOf("\n", cut);
  if (lineBreak > cut * 0.8) cut = lineBreak;
  else if (cut > 0 && /[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return { text: closeOpenFence(text.slice(0, cut).trimEnd()) + suffix, truncated: true };
}
function truncate(s, max) {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function oneLine(text) {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
function checkRunTitle(title) {
  return truncate(oneLine(title), CHECK_RUN_TITLE_MAX_CHARS);
}

// src/report/escape.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
var BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
function plainText(s) {
  return s.replace(BIDI, "").replace(CONTROL, " ");
}
var MARKUP = /[&<>|`*_~[\]#$\\]/g;
function escapeMarkdown(s) {
  return plainText(s).replace(MARKUP, (c) => `&#${c.codePointAt(0)};`).replace(/@(?=[\w-])/g, "@\u200D");
}
var MERMAID_LABEL_MAX = 40;
function mermaidLabel(s) {
  const cleaned = plainText(s).replace(/"/g, "'").replace(/`/g, "'").replace(/%+/g, "%").replace(/\[/g, "(").replace(/\]/g, ")").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/[#{};]/g, " ").trim();
  return truncate(cleaned, MERMAID_LABEL_MAX);
}

export {
  CHECK_RUN_SUMMARY_MAX_BYTES,
  BODY_MAX_CHARS,
  truncateToLimit,
  truncate,
  oneLine,
  checkRunTitle,
  plainText,
  escapeMarkdown,
  mermaidLabel
};
