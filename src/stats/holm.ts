/**
 * Holm's step-down correction (Holm 1979): sort the p-values, compare the smallest with α/m, the next with
 * α/(m−1), … and stop at the first that is not small enough. It keeps the chance of any false alarm across
 * all m gated metrics and series at α, like Bonferroni, but never rejects less. Each test's interval is
 * built at the level of its own step (the stopping step's level for the tests that were not rejected), so
 * the intervals agree with the decisions: an interval excludes zero exactly when its test is rejected.
 */
export interface HolmResult {
  /** per input, the confidence its interval is built at */
  confidence: number[];
  rejected: boolean[];
}

export function holm(pValues: number[], familyConfidence: number): HolmResult {
  const m = pValues.length;
  const alpha = 1 - familyConfidence;
  // Array.prototype.sort is stable: tied p-values keep their input order
  const order = pValues.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  // every index is set below, at its rejection step or at the stopping step
  const confidence: number[] = [];
  const rejected = new Array<boolean>(m).fill(false);
  for (let step = 0; step < m; step++) {
    const level = alpha / (m - step);
    const [p, index] = order[step]!;
    if (p <= level) {
      rejected[index] = true;
      confidence[index] = 1 - level;
      continue;
    }
    for (let rest = step; rest < m; rest++) confidence[order[rest]![1]] = 1 - level;
    break;
  }
  return { confidence, rejected };
}
