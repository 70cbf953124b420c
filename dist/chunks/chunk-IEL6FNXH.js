import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/results/types.ts
var ENGINE_NAMES = ["k6", "embedded", "jmeter", "locust"];
var LOAD_MODEL_SOURCES = [
  "k6-inspect",
  "k6-default-scenario",
  "input",
  "jmeter-plan",
  "locust-plan",
  "embedded-scenario",
  "unknown"
];
var SATURATED_BUSY_SHARE = 0.95;
function measuredSaturated(service) {
  return service.machineBusy !== void 0 && service.machineBusy >= SATURATED_BUSY_SHARE;
}
function seriesId(key) {
  const scope = [key.scenario, key.group].filter((s) => s !== "").join(" \u203A ");
  return `${scope === "" ? "" : `${scope} \u203A `}${requestName(key)}`;
}
function requestName(key) {
  return key.method === "" ? key.name : `${key.method} ${key.name}`;
}
function seriesNamer(keys) {
  const withScenario = new Set(keys.map((k) => k.scenario).filter((s) => s !== "")).size > 1;
  return (key) => {
    const group = key.group.replace(/^::/, "").replace(/::/g, " \u203A ");
    const scope = [withScenario ? key.scenario : "", group].filter((s) => s !== "").join(" \u203A ");
    const request = key.name.startsWith(`${key.method} `) ? key.name : requestName(key);
    return `${scope === "" ? "" : `${scope} \u203A `}${request}`;
  };
}
function cutFileNotes(runs) {
  return runs.flatMap(
    (run) => (run.cutFiles ?? []).map(
      (file) => `${file} is cut short (k6 was stopped while writing it): that run is partial, so it is never saved as a baseline`
    )
  );
}
function measuredRequests(run) {
  let requests = 0;
  let failed = 0;
  for (const series of run.series.values()) {
    requests += series.requests;
    failed += series.failed;
  }
  return { requests, failed };
}
function requestsBySecond(run) {
  const out = /* @__PURE__ */ new Map();
  for (const s of run.series.values())
    for (const [t, bucket] of s.seconds) out.set(t, (out.get(t) ?? 0) + bucket.requests);
  return out;
}

export {
  ENGINE_NAMES,
  LOAD_MODEL_SOURCES,
  SATURATED_BUSY_SHARE,
  measuredSaturated,
  seriesId,
  seriesNamer,
  cutFileNotes,
  measuredRequests,
  requestsBySecond
};
