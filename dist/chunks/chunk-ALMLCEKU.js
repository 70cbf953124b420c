import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/judge/saved-report-error.ts
var SavedReportError = class extends Error {
  name = "SavedReportError";
};

export {
  SavedReportError
};
