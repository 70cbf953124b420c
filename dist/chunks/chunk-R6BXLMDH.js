import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/engine/logger.ts
function streamLogger(stream = process.stderr) {
  return {
    info: (line) => void stream.write(`${line}
`),
    warning: (message) => void stream.write(`warning: ${message}
`),
    group: async (title, fn) => {
      stream.write(`\u2500\u2500 ${title}
`);
      return await fn();
    }
  };
}
function runTitle(label, tool, index, total) {
  return `${label ? `${label}: ` : ""}${tool} run ${index}/${total}`;
}

export {
  streamLogger,
  runTitle
};
