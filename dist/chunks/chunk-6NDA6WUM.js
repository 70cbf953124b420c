import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/stats/sequential.ts
var DEFAULT_MAX_RUNS = 15;
var CONFIRM_STEP = 2;
function lookSchedule(planned, maxPairs) {
  const looks = [planned];
  while (looks[looks.length - 1] < maxPairs)
    looks.push(Math.min(maxPairs, looks[looks.length - 1] + CONFIRM_STEP));
  return looks;
}
function lookConfidence(familyConfidence, planned, maxPairs, pairs) {
  const looks = lookSchedule(planned, maxPairs);
  const j = looks.indexOf(pairs);
  if (j < 0) throw new Error(`lookConfidence: ${pairs} pairs is not a look of ${looks.join(", ")}`);
  const previous = j === 0 ? 0 : looks[j - 1];
  const alpha = 1 - familyConfidence;
  return 1 - alpha * (pairs - previous) / maxPairs;
}
function needsMorePairs(c) {
  if (c.refused !== void 0) return false;
  if (c.verdict === "inconclusive") return true;
  return c.verdict === "fail" && c.disturbances?.some((d) => d.leftOut) === true;
}
function confirmationText(c) {
  const extra = c.pairs - c.planned;
  const how = extra > 0 ? ` (${c.planned} planned + ${extra} to confirm)` : " (as planned)";
  return c.decided ? `decided after ${c.pairs} pairs${how}` : `undecided after ${c.pairs} pairs${how}: the budget of ${c.maxPairs} pairs (max-runs) is spent`;
}

export {
  DEFAULT_MAX_RUNS,
  lookConfidence,
  needsMorePairs,
  confirmationText
};
