import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/inputs/errors.ts
var InputError = class extends Error {
  constructor(input, problem) {
    super(`${actionInputLabel(input)}: ${problem}`);
    this.input = input;
    this.problem = problem;
    this.name = "InputError";
  }
  input;
  problem;
};
function actionInputLabel(input) {
  return `input '${input}'`;
}
var InvalidInputsError = class extends Error {
  constructor(problems) {
    super(`invalid inputs:
- ${problems.join("\n- ")}`);
    this.problems = problems;
    this.name = "InvalidInputsError";
  }
  problems;
};

export {
  InputError,
  actionInputLabel,
  InvalidInputsError
};
