import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/results/errors.ts
var RunFileError = class extends Error {
  file;
  line;
  constructor(file, line, message) {
    super(line === void 0 ? `${file}: ${message}` : `${file}:${line}: ${message}`);
    this.name = "RunFileError";
    this.file = file;
    this.line = line;
  }
};
function snippet(text, max = 80) {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max)}\u2026`;
}
function unreadable(file, err) {
  const e = err;
  return new RunFileError(file, void 0, `cannot read the file (${e.code ?? e.message})`);
}

export {
  RunFileError,
  snippet,
  unreadable
};
