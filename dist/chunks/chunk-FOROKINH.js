import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  Inputs
} from "./chunk-3QD6O3PJ.js";

// src/inputs/flags.ts
import { parseArgs } from "node:util";
function flagLabels(specs) {
  return (input) => `--${Object.entries(specs).find(([flag, spec]) => (spec.input ?? flag) === input)?.[0] ?? input}`;
}
var UsageError = class extends Error {
};
function parseFlags(argv, specs) {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      {
        type: spec.boolean ? "boolean" : "string",
        multiple: spec.multiple ?? false,
        ...spec.short ? { short: spec.short } : {}
      }
    ])
  );
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(error.message);
  }
}
function inputGetter(flags, specs, fixed = {}) {
  const byInput = /* @__PURE__ */ new Map();
  for (const [flag, spec] of Object.entries(specs)) {
    const input = spec.input ?? Object.values(Inputs).find((i) => i === flag);
    const value = flags.values[flag];
    if (input === void 0) continue;
    if (value === void 0) continue;
    byInput.set(input, Array.isArray(value) ? value.join("\n") : String(value));
  }
  return (name) => fixed[name] ?? byInput.get(name) ?? "";
}
function requireOne(flags, what) {
  if (flags.positionals.length !== 1) {
    throw new UsageError(
      `expected one ${what}, got ${flags.positionals.length === 0 ? "none" : flags.positionals.join(" ")}`
    );
  }
  return flags.positionals[0];
}

export {
  flagLabels,
  UsageError,
  parseFlags,
  inputGetter,
  requireOne
};
