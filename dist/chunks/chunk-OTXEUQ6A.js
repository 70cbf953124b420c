import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/duration.ts
var DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
var UNIT_SECONDS = { ms: 1e-3, s: 1, m: 60, h: 3600 };
var DURATION_EXAMPLES = "write e.g. 30s, 2m, 1m30s or 500ms";
function durationSeconds(raw) {
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const compact = text.replace(/\s+/g, "");
  let seconds = 0;
  let consumed = 0;
  for (const m of compact.matchAll(DURATION_PART)) {
    if (m.index !== consumed) break;
    seconds += Number(m[1]) * UNIT_SECONDS[m[2]];
    consumed += m[0].length;
  }
  return compact === "" || consumed !== compact.length ? void 0 : seconds;
}

export {
  DURATION_EXAMPLES,
  durationSeconds
};
