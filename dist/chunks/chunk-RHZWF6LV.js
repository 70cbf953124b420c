import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/results/load-model.ts
var LOAD_MODEL_SOURCE_WORDS = {
  "k6-inspect": "the script's scenario executors (k6 inspect)",
  "k6-default-scenario": "k6's scenario `default` in the results (the vus/duration/iterations/stages shorthand)",
  input: "the load-model setting",
  "jmeter-plan": "the JMeter plan's thread groups and timers",
  "locust-plan": "the Locust user classes' wait times",
  "embedded-scenario": "the scenario file",
  unknown: "nothing (set load-model: open or closed)"
};
function withLoadModelInput(run, input) {
  if (input === void 0) return run;
  const { loadModel, loadModelSource = "unknown" } = run;
  const overridden = loadModel !== "unknown" && loadModel !== input && loadModelSource !== "input";
  return {
    ...run,
    loadModel: input,
    loadModelSource: "input",
    ...overridden ? { loadModelOverridden: { loadModel, loadModelSource } } : {}
  };
}
function overriddenModelNotes(runs) {
  const notes = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const shown = run.loadModelOverridden;
    if (shown === void 0) continue;
    const note = `load model ${run.loadModel} as set, although ${LOAD_MODEL_SOURCE_WORDS[shown.loadModelSource]} showed ${shown.loadModel}`;
    notes.set(note, (notes.get(note) ?? 0) + 1);
  }
  return [...notes].map(([note, n]) => `${note} (${n} run${n === 1 ? "" : "s"})`);
}
function givenLoadModel(opts) {
  return opts.loadModel === void 0 || opts.loadModel === "unknown" ? { loadModel: "unknown", loadModelSource: "unknown" } : { loadModel: opts.loadModel, loadModelSource: opts.loadModelSource ?? "input" };
}

export {
  LOAD_MODEL_SOURCE_WORDS,
  withLoadModelInput,
  overriddenModelNotes,
  givenLoadModel
};
