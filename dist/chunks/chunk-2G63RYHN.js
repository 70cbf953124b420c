import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/engine/embedded/scenario-error.ts
var ScenarioError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ScenarioError";
  }
};

export {
  ScenarioError
};
