import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  deserializeRun,
  serializeRun
} from "./chunk-DOXB56IE.js";
import {
  METRIC_NAMES,
  METRIC_SPECS,
  RESOURCE_METRICS,
  adjustedErrorRate,
  headlineFigures,
  pooledValue,
  runSeriesMetrics,
  shareVarianceFloor,
  totalRequests
} from "./chunk-7SFJFLSG.js";
import {
  _enum,
  array,
  literal,
  number,
  object,
  partialRecord,
  record,
  string,
  unknown
} from "./chunk-CCUFI3I3.js";
import {
  mergeSeries
} from "./chunk-T7OUTNJ3.js";
import {
  LatencyHistogram
} from "./chunk-PJLTGONB.js";
import {
  ENGINE_NAMES,
  SATURATED_BUSY_SHARE,
  measuredRequests,
  measuredSaturated,
  requestsBySecond,
  seriesId
} from "./chunk-IEL6FNXH.js";

// src/baseline/artifact.ts
import { gunzipSync, gzipSync } from "node:zlib";

// node_modules/simple-statistics/dist/simple-statistics.mjs
function sum(x) {
  if (x.length === 0) {
    return 0;
  }
  var sum2 = x[0];
  var correction = 0;
  var transition;
  if (typeof sum2 !== "number") {
    return Number.NaN;
  }
  for (var i = 1; i < x.length; i++) {
    if (typeof x[i] !== "number") {
      return Number.NaN;
    }
    transition = sum2 + x[i];
    if (Math.abs(sum2) >= Math.abs(x[i])) {
      correction += sum2 - transition + x[i];
    } else {
      correction += x[i] - transition + sum2;
    }
    sum2 = transition;
  }
  return sum2 + correction;
}
function mean(x) {
  if (x.length === 0) {
    throw new Error("mean requires at least one data point");
  }
  return sum(x) / x.length;
}
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
function quickselect(arr, k, left, right) {
  left = left || 0;
  right = right || arr.length - 1;
  while (right > left) {
    if (right - left > 600) {
      var n = right - left + 1;
      var m = k - left + 1;
      var z2 = Math.log(n);
      var s = 0.5 * Math.exp(2 * z2 / 3);
      var sd = 0.5 * Math.sqrt(z2 * s * (n - s) / n);
      if (m - n / 2 < 0) {
        sd *= -1;
      }
      var newLeft = Math.max(left, Math.floor(k - m * s / n + sd));
      var newRight = Math.min(
        right,
        Math.floor(k + (n - m) * s / n + sd)
      );
      quickselect(arr, k, newLeft, newRight);
    }
    var t = arr[k];
    var i = left;
    var j = right;
    swap(arr, left, k);
    if (arr[right] > t) {
      swap(arr, left, right);
    }
    while (i < j) {
      swap(arr, i, j);
      i++;
      j--;
      while (arr[i] < t) {
        i++;
      }
      while (arr[j] > t) {
        j--;
      }
    }
    if (arr[left] === t) {
      swap(arr, left, j);
    } else {
      j++;
      swap(arr, j, right);
    }
    if (j <= k) {
      left = j + 1;
    }
    if (k <= j) {
      right = j - 1;
    }
  }
}
function swap(arr, i, j) {
  var tmp = arr[i];
  arr[i] = arr[j];
  arr[j] = tmp;
}
function quantile(x, p) {
  var copy = x.slice();
  if (Array.isArray(p)) {
    multiQuantileSelect(copy, p);
    var results = [];
    for (var i = 0; i < p.length; i++) {
      results[i] = quantileSorted(copy, p[i]);
    }
    return results;
  } else {
    var idx = quantileIndex(copy.length, p);
    quantileSelect(copy, idx, 0, copy.length - 1);
    return quantileSorted(copy, p);
  }
}
function quantileSelect(arr, k, left, right) {
  if (k % 1 === 0) {
    quickselect(arr, k, left, right);
  } else {
    k = Math.floor(k);
    quickselect(arr, k, left, right);
    quickselect(arr, k + 1, k + 1, right);
  }
}
function multiQuantileSelect(arr, p) {
  var positions = /* @__PURE__ */ new Set();
  for (var i = 0; i < p.length; i++) {
    var idx = quantileIndex(arr.length, p[i]);
    positions.add(Math.floor(idx));
    positions.add(Math.ceil(idx));
  }
  var indices = Array.from(positions).sort(compare);
  multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}
function multiselect(arr, indices, lo, hi, left, right) {
  if (lo > hi) {
    return;
  }
  var mid = lo + hi >> 1;
  quickselect(arr, indices[mid], left, right);
  multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
  multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}
function compare(a, b) {
  return a - b;
}
function quantileIndex(len, p) {
  var idx = (len - 1) * p;
  if (p === 1) {
    return len - 1;
  } else if (p === 0) {
    return 0;
  } else if (idx % 1 !== 0) {
    return idx;
  } else {
    return idx;
  }
}
function median(x) {
  return +quantile(x, 0.5);
}
function medianAbsoluteDeviation(x) {
  var medianValue = median(x);
  var medianAbsoluteDeviations = [];
  for (var i = 0; i < x.length; i++) {
    medianAbsoluteDeviations.push(Math.abs(x[i] - medianValue));
  }
  return median(medianAbsoluteDeviations);
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var COEFFICIENTS = [
  0.9999999999999971,
  57.15623566586292,
  -59.59796035547549,
  14.136097974741746,
  -0.4919138160976202,
  3399464998481189e-20,
  4652362892704858e-20,
  -9837447530487956e-20,
  1580887032249125e-19,
  -21026444172410488e-20,
  21743961811521265e-20,
  -1643181065367639e-19,
  8441822398385275e-20,
  -26190838401581408e-21,
  36899182659531625e-22
];
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
function gammaln(n) {
  if (n <= 0) {
    return Number.POSITIVE_INFINITY;
  }
  n--;
  var a = COEFFICIENTS[0];
  for (var i = 1; i < 15; i++) {
    a += COEFFICIENTS[i] / (n + i);
  }
  var tmp = g + 0.5 + n;
  return LOGSQRT2PI + Math.log(a) - tmp + (n + 0.5) * Math.log(tmp);
}
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum2 = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
function errorFunction(x) {
  var t = 1 / (1 + 0.5 * Math.abs(x));
  var tau = t * Math.exp(
    -x * x + ((((((((0.17087277 * t - 0.82215223) * t + 1.48851587) * t - 1.13520398) * t + 0.27886807) * t - 0.18628806) * t + 0.09678418) * t + 0.37409196) * t + 1.00002368) * t - 1.26551223
  );
  if (x >= 0) {
    return 1 - tau;
  } else {
    return tau - 1;
  }
}
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/stats/distributions.ts
function normalCdf(x) {
  return 0.5 * (1 + errorFunction(x / Math.SQRT2));
}
var A = [
  -39.69683028665376,
  220.9460984245205,
  -275.9285104469687,
  138.357751867269,
  -30.66479806614716,
  2.506628277459239
];
var B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
var C = [
  -0.007784894002430293,
  -0.3223964580411365,
  -2.400758277161838,
  -2.549732539343734,
  4.374664141464968,
  2.938163982698783
];
var D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
function normalQuantile(p) {
  const low = 0.02425;
  if (p < low) {
    const q2 = Math.sqrt(-2 * Math.log(p));
    return (((((C[0] * q2 + C[1]) * q2 + C[2]) * q2 + C[3]) * q2 + C[4]) * q2 + C[5]) / ((((D[0] * q2 + D[1]) * q2 + D[2]) * q2 + D[3]) * q2 + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}
function awayFromZero(v) {
  const tiny = 1e-300;
  return Math.abs(v) < tiny ? tiny : v;
}
function betaContinuedFraction(a, b, x) {
  const maxIterations = 2e4;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 / awayFromZero(1 - qab * x / qap);
  let h = d;
  for (let m = 1; m <= maxIterations; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 / awayFromZero(1 + aa * d);
    c = awayFromZero(1 + aa / c);
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 / awayFromZero(1 + aa * d);
    c = awayFromZero(1 + aa / c);
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) return h;
  }
  throw new Error(`incomplete beta did not converge (a=${a}, b=${b}, x=${x})`);
}
function regularizedIncompleteBeta(x, a, b, complement) {
  if (x <= 0) return 0;
  const xc = complement ?? 1 - x;
  if (xc <= 0) return 1;
  const logComplement = complement === void 0 ? Math.log1p(-x) : Math.log(complement);
  const logFront = gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * logComplement;
  const front = Math.exp(logFront);
  if (x < (a + 1) / (a + b + 2)) return front * betaContinuedFraction(a, b, x) / a;
  return 1 - front * betaContinuedFraction(b, a, xc) / b;
}
var NORMAL_DF = 1e6;
function studentTCdf(t, df) {
  return 1 - 0.5 * studentTTwoSidedP(t, df);
}
function studentTTwoSidedP(t, df) {
  if (!(df > 0)) throw new Error(`studentTTwoSidedP: degrees of freedom must be > 0, got ${df}`);
  if (df >= NORMAL_DF) return 2 * normalCdf(-Math.abs(t));
  const t2 = t * t;
  return regularizedIncompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}
function studentTDensity(t, df) {
  const logC = gammaln((df + 1) / 2) - gammaln(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - (df + 1) / 2 * Math.log1p(t * t / df));
}
function studentTQuantile(p, df) {
  if (!(df > 0)) throw new Error(`studentTQuantile: degrees of freedom must be > 0, got ${df}`);
  if (!(p > 0 && p < 1)) {
    if (p === 0) return Number.NEGATIVE_INFINITY;
    if (p === 1) return Number.POSITIVE_INFINITY;
    throw new Error(`studentTQuantile: p must be in [0, 1], got ${p}`);
  }
  if (df >= NORMAL_DF) return normalQuantile(p);
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  if (p === 0.5) return 0;
  let lo = 0;
  let hi = Math.max(1, normalQuantile(p));
  while (studentTCdf(hi, df) < p) {
    lo = hi;
    hi *= 2;
    if (hi > 1e12) return hi;
  }
  let t = Math.min(hi, Math.max(lo, normalQuantile(p)));
  for (let i = 0; i < 200; i++) {
    const f = studentTCdf(t, df) - p;
    if (f < 0) lo = t;
    else hi = t;
    let next = t - f / studentTDensity(t, df);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-12 * Math.max(1, Math.abs(t))) return next;
    t = next;
  }
  return t;
}

// src/stats/variance.ts
function satterthwaite(parts) {
  let variance = 0;
  let denominator = 0;
  for (const p of parts) {
    if (!(p.variance >= 0)) throw new Error(`variance part must be \u2265 0, got ${p.variance}`);
    variance += p.variance;
    if (p.variance > 0 && Number.isFinite(p.df)) denominator += p.variance * p.variance / p.df;
  }
  return { variance, df: denominator > 0 ? variance * variance / denominator : Number.POSITIVE_INFINITY };
}
function updateWithSample(prior, sampleVariance2, sampleDf) {
  if (sampleDf <= 0) return prior;
  if (!Number.isFinite(prior.df)) return prior;
  const df = prior.df + sampleDf;
  return { variance: (prior.df * prior.variance + sampleDf * sampleVariance2) / df, df };
}
function sampleVariance(values) {
  const n = values.length;
  if (n < 2) return Number.NaN;
  const mean2 = values.reduce((a, v) => a + v, 0) / n;
  return values.reduce((a, v) => a + (v - mean2) ** 2, 0) / (n - 1);
}
function meanWithin(within) {
  const total2 = within.reduce((a, w) => a + w.variance, 0);
  const weight = within.reduce((a, w) => a + (w.variance > 0 ? w.variance * w.variance / w.df : 0), 0);
  return {
    variance: total2 / within.length,
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, at weight 0 either every part has infinite df (total²/0 is Infinity too) or the total is 0, whose df satterthwaite never reads
    df: weight > 0 ? total2 * total2 / weight : Number.POSITIVE_INFINITY
  };
}
function unitVariance({
  values,
  within,
  prior,
  spreadTestLevel = 0.01,
  robust = false
}) {
  const k = values.length;
  const raw = sampleVariance(values);
  if (within === void 0) {
    if (k < 2) return void 0;
    return { variance: Math.max(prior.variance, raw), df: k - 1 };
  }
  const expected = expectedUnitVariance(prior, within);
  if (k < 2) return expected;
  const spread2 = robust && robustSpread(values, expected.variance) || raw;
  if (spreadTooWide(spread2, k - 1, expected, spreadTestLevel)) return { variance: spread2, df: k - 1 };
  return updateWithSample(expected, spread2, k - 1);
}
function expectedUnitVariance(prior, within) {
  return satterthwaite([prior, meanWithin(within)]);
}
function spreadTooWide(spread2, df, expected, level = 0.01) {
  if (!(expected.variance > 0)) return false;
  if (!(spread2 > expected.variance)) return false;
  const d2 = Math.min(expected.df, 1e3);
  const f = spread2 / expected.variance;
  const p = 1 - regularizedIncompleteBeta(df * f / (df * f + d2), df / 2, d2 / 2);
  return p < level;
}
var HUBER_C = 2;
var ROBUST_FROM_UNITS = 5;
function winsorisedShare() {
  const c = HUBER_C;
  const phi = Math.exp(-c * c / 2) / Math.sqrt(2 * Math.PI);
  const tail = 1 - normalCdf(c);
  return 1 - 2 * tail - 2 * c * phi + 2 * c * c * tail;
}
function robustSpread(values, expected) {
  const k = values.length;
  if (k < ROBUST_FROM_UNITS) return void 0;
  const madn = 1.4826 * medianAbsoluteDeviation(values);
  const scale = Math.sqrt(Math.max(expected, madn * madn));
  const centre2 = huberLocation(values, scale);
  const limit = HUBER_C * scale;
  const squares = values.reduce((a, v) => a + Math.min(limit, Math.abs(v - centre2)) ** 2, 0);
  return squares / ((k - 1) * winsorisedShare());
}
function huberLocation(values, scale) {
  const n = values.length;
  if (!(scale > 0) || n < 3) return values.reduce((a, v) => a + v, 0) / n;
  const limit = HUBER_C * scale;
  const pull = (m) => values.reduce((a, v) => a + Math.max(-limit, Math.min(limit, v - m)), 0);
  const knots = values.flatMap((v) => [v - limit, v + limit]).sort((a, b) => a - b);
  let j = 1;
  let pullBefore = pull(knots[0]);
  let pullAt = pull(knots[1]);
  while (pullAt > 0) {
    pullBefore = pullAt;
    pullAt = pull(knots[++j]);
  }
  const before = knots[j - 1];
  const at = knots[j];
  if (pullAt < 0) return before + pullBefore * (at - before) / (pullBefore - pullAt);
  let last = j;
  while (pull(knots[last + 1]) === 0) last++;
  return (at + knots[last]) / 2;
}

// src/stats/between-job.ts
function logVarianceFromCv(cv) {
  return Math.log1p(cv * cv);
}
function cvFromLogVariance(variance) {
  return Math.sqrt(Math.expm1(variance));
}
function betweenJobPriorDf(priors) {
  return priors.betweenJobPriorDf > 0 ? priors.betweenJobPriorDf : Number.POSITIVE_INFINITY;
}
function priorFor(metric, priors) {
  const variance = metric === "error_rate" ? priors.betweenJobErrorRateSd ** 2 : logVarianceFromCv(priors.betweenJobCv);
  return { variance, df: betweenJobPriorDf(priors) };
}
function historySpread(entries, metric) {
  const log = METRIC_SPECS[metric].scale === "log";
  const bySeries = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    for (const [id, figures] of Object.entries(entry.headline)) {
      const v = figures[metric] ?? Number.NaN;
      if (!Number.isFinite(v) || log && !(v > 0) || v < 0) continue;
      const list = bySeries.get(id) ?? [];
      list.push(log ? Math.log(v) : v);
      bySeries.set(id, list);
    }
  }
  let weighted = 0;
  let dfSum = 0;
  let longest = 0;
  for (const values of bySeries.values()) {
    if (values.length < 2) continue;
    weighted += (values.length - 1) * sampleVariance(values);
    dfSum += values.length - 1;
    longest = Math.max(longest, values.length);
  }
  return dfSum > 0 ? { variance: weighted / dfSum, df: longest - 1 } : { variance: 0, df: 0 };
}
function betweenJobVariance(history, priors) {
  const entries = history ?? [];
  const perMetric = {};
  let blended = false;
  for (const metric of METRIC_NAMES) {
    const prior = priorFor(metric, priors);
    const seen = historySpread(entries, metric);
    const posterior = updateWithSample(prior, seen.variance, seen.df);
    const historyDf = Number.isFinite(prior.df) ? seen.df : 0;
    if (historyDf > 0) blended = true;
    perMetric[metric] = { ...posterior, source: historyDf > 0 ? "history" : "prior", historyDf };
  }
  return { source: blended ? "history" : "prior", historySize: entries.length, perMetric };
}

// src/stats/cpu-pairs.ts
var MIN_PAIRS = 3;
function without(values, j) {
  return values.filter((_, i) => i !== j);
}
function withoutLeftOut(values, leftOut) {
  return leftOut === void 0 ? values : without(values, leftOut.pair - 1);
}
function disturbedCpuPair(logB, logC, expected, level) {
  const k = logB.length;
  if (k < MIN_PAIRS || logC.length !== k) return void 0;
  const ratios = logC.map((x, i) => x - logB[i]);
  if (!spreadTooWide(sampleVariance(ratios), k - 1, expected, level)) return void 0;
  let found;
  for (let j = 0; j < k; j++) {
    const rest = without(ratios, j);
    if (spreadTooWide(sampleVariance(rest), k - 2, expected, level)) continue;
    const deviation = ratios[j] - mean(rest);
    const side = deviation < 0 ? "baseline" : "candidate";
    const runs = side === "baseline" ? logB : logC;
    const above = runs[j] - mean(without(runs, j));
    if (above < Math.abs(deviation) / 2) continue;
    if (found === void 0 || Math.abs(deviation) > found.deviation)
      found = { pair: j + 1, side, factor: Math.exp(above), deviation: Math.abs(deviation) };
  }
  if (found === void 0) return void 0;
  const { deviation: _, ...leftOut } = found;
  return leftOut;
}

// src/stats/disturbance.ts
var MIN_FACTOR = 1.15;
var MIN_SCORE = 5;
var MIN_SECONDS = 2;
var MIN_REQUESTS = 10;
function secondProfile(run) {
  const all = /* @__PURE__ */ new Set();
  for (const s of run.series.values()) for (const t of s.seconds.keys()) all.add(t);
  const seconds = [...all].sort((a, b) => a - b);
  const weight = new Float64Array(seconds.length);
  const sum2 = new Float64Array(seconds.length);
  for (const s of run.series.values()) {
    const median2 = s.latency.quantile(0.5);
    if (!(median2 > 0)) continue;
    seconds.forEach((t, i) => {
      const bucket = s.seconds.get(t);
      if (!bucket || bucket.latency.count < MIN_REQUESTS) return;
      const m = bucket.latency.quantile(0.5);
      if (!(m > 0)) return;
      sum2[i] = sum2[i] + bucket.latency.count * Math.log(m / median2);
      weight[i] = weight[i] + bucket.latency.count;
    });
  }
  return { seconds, levels: seconds.map((_, i) => sum2[i] / weight[i]) };
}
function quantileOf(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  const i = p * (s.length - 1);
  const lo = Math.floor(i);
  return s[lo] + ((s[lo + 1] ?? s[lo]) - s[lo]) * (i - lo);
}
function disturbedSeconds(seconds, levels) {
  const known = levels.filter(Number.isFinite);
  if (known.length < 8) return void 0;
  const centre2 = quantileOf(known, 0.25);
  const steps = known.slice(1).map((x, i) => Math.abs(x - known[i]));
  const sd = quantileOf(steps, 0.5) / (0.6745 * Math.SQRT2);
  const threshold = Math.max(Math.log(MIN_FACTOR), MIN_SCORE * sd);
  const slow = levels.map((x) => Number.isFinite(x) && x - centre2 > threshold);
  const flagged = [];
  let excess = 0;
  let taken = 0;
  for (let i = 0; i < slow.length; ) {
    if (!slow[i]) {
      i++;
      continue;
    }
    let j = i;
    while (slow[j]) j++;
    if (j - i >= MIN_SECONDS) {
      const edge = (k) => Number.isFinite(levels[k]) && levels[k] - centre2 > threshold / 2;
      const from = i > taken && edge(i - 1) ? i - 1 : i;
      const to = edge(j) ? j + 1 : j;
      for (let k = from; k < to; k++) {
        flagged.push(seconds[k]);
        excess += levels[k] - centre2;
      }
      j = to;
      taken = to;
    }
    i = j;
  }
  if (flagged.length === 0) return void 0;
  return { seconds: flagged, factor: Math.exp(excess / flagged.length) };
}
function findDisturbance(run) {
  const { seconds, levels } = secondProfile(run);
  return disturbedSeconds(seconds, levels);
}
function withoutSeconds(s, drop) {
  const kept = [...s.seconds.entries()].filter(([t]) => !drop.has(t)).sort((a, b) => a[0] - b[0]);
  const seconds = /* @__PURE__ */ new Map();
  const latency = new LatencyHistogram();
  let requests = 0;
  let failed = 0;
  const first = kept[0]?.[0] ?? 0;
  kept.forEach(([, bucket], i) => {
    seconds.set(first + i, bucket);
    latency.merge(bucket.latency);
    requests += bucket.requests;
    failed += bucket.failed;
  });
  return { ...s, seconds, latency, requests, failed };
}
function trimmed(run, drop) {
  const set = new Set(drop);
  const series = /* @__PURE__ */ new Map();
  for (const [id, s] of run.series) series.set(id, withoutSeconds(s, set));
  return { ...run, series, endMs: run.endMs - drop.length * 1e3 };
}
function screenDisturbances(baseline, candidate) {
  const found = (runs) => runs.map((r) => r.fidelity === "distribution" ? findDisturbance(r) : void 0);
  const hits = sidesOf(found(baseline), found(candidate));
  const apply = (runs, side) => runs.map((run, i) => {
    const hit = hits[side][i];
    return hit && hits.leftOut[side] ? trimmed(run, hit.seconds) : run;
  });
  return {
    baseline: apply(baseline, "baseline"),
    candidate: apply(candidate, "candidate"),
    disturbances: hits.disturbances
  };
}
function sidesOf(baseline, candidate) {
  const count = (xs) => xs.filter((x) => x !== void 0).length;
  const ownBehaviour = (mine, theirs) => mine.length >= 3 && count(mine) === mine.length && count(theirs) === 0;
  const leftOut = {
    baseline: !ownBehaviour(baseline, candidate),
    candidate: !ownBehaviour(candidate, baseline)
  };
  const disturbances = [];
  for (const side of ["baseline", "candidate"])
    (side === "baseline" ? baseline : candidate).forEach((hit, i) => {
      if (hit)
        disturbances.push({
          side,
          run: i + 1,
          seconds: hit.seconds.length,
          factor: hit.factor,
          leftOut: leftOut[side]
        });
    });
  return { baseline, candidate, leftOut, disturbances };
}

// src/stats/scenario-totals.ts
var ALL_REQUESTS = "(all requests)";
function totalKey(scenario) {
  return { scenario, group: "", method: "", name: ALL_REQUESTS };
}
function isScenarioTotal(key) {
  return key.method === "" && key.group === "" && key.name === ALL_REQUESTS;
}
function total(key, series) {
  const id = seriesId(key);
  if (series.every((s) => s.seconds.size > 0))
    return mergeSeries(series.map((s) => /* @__PURE__ */ new Map([[id, { ...s, key, id }]]))).get(id);
  const latency = new LatencyHistogram();
  for (const s of series) latency.merge(s.latency);
  const sum2 = (pick) => series.reduce((a, s) => a + pick(s), 0);
  return {
    key,
    id,
    requests: sum2((s) => s.requests),
    failed: sum2((s) => s.failed),
    latency,
    seconds: /* @__PURE__ */ new Map()
  };
}
function withTotals(run, ids) {
  const byScenario = /* @__PURE__ */ new Map();
  for (const id of ids) {
    const s = run.series.get(id);
    byScenario.set(s.key.scenario, [...byScenario.get(s.key.scenario) ?? [], s]);
  }
  const series = new Map(run.series);
  const totals = [];
  for (const [scenario, list] of byScenario) {
    const key = totalKey(scenario);
    series.set(seriesId(key), total(key, list));
    totals.push(seriesId(key));
  }
  return { run: { ...run, series }, totals };
}
function withScenarioTotals(sides, compared) {
  const baseline = sides.baseline.map((r) => withTotals(r, compared));
  const candidate = sides.candidate.map((r) => withTotals(r, compared));
  return {
    baseline: baseline.map((t) => t.run),
    candidate: candidate.map((t) => t.run),
    ids: baseline[0]?.totals ?? []
  };
}

// src/stats/metric-estimate.ts
function analysisValue(spec, value) {
  return spec.scale === "log" ? Math.log(value) : value;
}
function runToRunPrior(spec, priors) {
  const cpu2 = spec.name === "cpu_per_request";
  const cv = cpu2 ? priors.cpuRunToRunCv : priors.runToRunCv;
  const df = cpu2 ? priors.cpuRunToRunPriorDf : priors.runToRunPriorDf;
  return {
    variance: spec.scale === "log" ? logVarianceFromCv(cv) : priors.errorRateRunToRunSd ** 2,
    df: df > 0 ? df : Number.POSITIVE_INFINITY
  };
}
var CPU_SPREAD_TEST_LEVEL = 1e-3;
function withinParts(metrics) {
  if (metrics.some((m) => m.withinVar === void 0)) return void 0;
  return metrics.map((m) => ({ variance: m.withinVar, df: m.withinDf ?? 1 }));
}
function coefficientOfVariation(values) {
  if (values.length < 2) return Number.NaN;
  const mean2 = values.reduce((a, v) => a + v, 0) / values.length;
  const sd = Math.sqrt(sampleVariance(values));
  if (mean2 === 0) return sd === 0 ? 0 : Number.POSITIVE_INFINITY;
  return sd / Math.abs(mean2);
}
function requestsNeeded(quantile2, minRequestsForP99) {
  return Math.ceil(minRequestsForP99 * 0.01 / (1 - quantile2));
}
function centre(spec, ctx, seriesId2, b, c) {
  return spec.scale === "log" ? Math.log(c / b) : adjustedErrorRate(ctx.candidate, seriesId2) - adjustedErrorRate(ctx.baseline, seriesId2);
}
function spread(spec, ctx, b, c) {
  const prior = runToRunPrior(spec, ctx.priors);
  const xb = b.map((m) => analysisValue(spec, m.value));
  const xc = c.map((m) => analysisValue(spec, m.value));
  const wb = withinParts(b);
  const wc = withinParts(c);
  if (ctx.paired) {
    const pairPrior = { variance: 2 * prior.variance, df: prior.df };
    const pairWithin = wb && wc ? wb.map((w, i) => satterthwaite([w, wc[i]])) : void 0;
    const leftOut = spec.name === "cpu_per_request" && pairWithin ? disturbedCpuPair(xb, xc, expectedUnitVariance(pairPrior, pairWithin), CPU_SPREAD_TEST_LEVEL) : void 0;
    const values = withoutLeftOut(
      xc.map((x, i) => x - xb[i]),
      leftOut
    );
    const unit = unitVariance({
      values,
      within: pairWithin && withoutLeftOut(pairWithin, leftOut),
      prior: pairPrior,
      robust: true,
      ...spec.name === "cpu_per_request" ? { spreadTestLevel: CPU_SPREAD_TEST_LEVEL } : {}
    });
    const k = values.length;
    if (!unit) return { perRun: Number.NaN, fixed: 0 };
    return {
      variance: { variance: unit.variance / k, df: unit.df },
      perRun: unit.variance,
      fixed: 0,
      ...spec.scale === "log" ? { location: huberLocation(values, Math.sqrt(unit.variance)) } : {},
      ...leftOut ? { leftOut } : {}
    };
  }
  const ub = unitVariance({ values: xb, within: wb, prior });
  const uc = unitVariance({ values: xc, within: wc, prior });
  if (!ub || !uc) return { perRun: Number.NaN, fixed: 0 };
  const parts = [
    { variance: ub.variance / xb.length, df: ub.df },
    { variance: uc.variance / xc.length, df: uc.df }
  ];
  let fixed = 0;
  if (ctx.betweenJob) {
    const job = ctx.betweenJob.perMetric[spec.name];
    fixed = 2 * job.variance;
    parts.push({ variance: fixed, df: job.df });
  }
  return { variance: satterthwaite(parts), perRun: ub.variance + uc.variance, fixed };
}
function sideFigure(metric, runs, seriesId2, metrics) {
  if (METRIC_SPECS[metric].scale !== "log" || metrics.some((m) => !(m.value > 0)))
    return pooledValue(runs, seriesId2, metric);
  return Math.exp(metrics.reduce((a, m) => a + Math.log(m.value), 0) / metrics.length);
}
function sideMetrics(runs, seriesId2, metric) {
  return runs.map((run) => runSeriesMetrics(run, run.series.get(seriesId2))[metric]);
}
var DECIDING_SE = 3;
var QUANTILE_DECIDING_SE = 5;
function runShareVariance(p, n) {
  return Math.max(p * (1 - p) / n, shareVarianceFloor(0, n));
}
function errorRateTooThin(spec, b, c, tolerance) {
  if (spec.name !== "error_rate") return void 0;
  const nb = totalRequests(b);
  const nc = totalRequests(c);
  const failed = b.reduce((a, m) => a + m.value * m.requests, 0);
  const p = (failed + 1) / (nb + 2);
  const meanVariance = (ms) => ms.reduce((a, m) => a + runShareVariance(p, m.requests), 0) / ms.length ** 2;
  const se = Math.sqrt(meanVariance(b) + meanVariance(c));
  if (DECIDING_SE * se <= tolerance) return void 0;
  const needed = Math.ceil(Math.max(nb, nc) * (DECIDING_SE * se / tolerance) ** 2);
  const pp = (x) => `${(x * 100).toFixed(2)} pp`;
  return `too few requests to judge a ${pp(tolerance)} change in error rate: ${nb} baseline and ${nc} PR requests leave a standard error of ${pp(se)}; about ${needed} a side would decide it`;
}
function tooNoisyAtBudget(what, runs, variance, budget, tolerance) {
  const reach = Math.max(runs, budget ?? runs);
  const se = Math.sqrt(variance.variance);
  const room = Math.log1p(tolerance);
  if (QUANTILE_DECIDING_SE * se * Math.sqrt(runs / reach) <= room) return void 0;
  const needed = Math.ceil(runs * (QUANTILE_DECIDING_SE * se / room) ** 2);
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const within = reach > runs ? `within ${reach} runs a side` : `from ${runs} runs a side`;
  return `too noisy to judge a ${pct(tolerance)} change ${within}: ${what} leaves a standard error of ${pct(Math.expm1(se))} at ${runs}; about ${needed} runs a side (or longer runs) would decide it`;
}
function quantileTooNoisy(spec, sides, variance, budget, tolerance) {
  if (spec.quantile === void 0 || !variance) return void 0;
  const runs = Math.max(sides.b.length, sides.c.length);
  const requests = Math.min(...sides.b.map((m) => m.requests));
  return tooNoisyAtBudget(
    `a ${spec.label} of ${requests} requests per run`,
    runs,
    variance,
    budget,
    tolerance
  );
}
function notGatedReason(spec, ctx, key, sides, variance) {
  const { b, c } = sides;
  const unavailable = [...b, ...c].find((m) => m.unavailable !== void 0);
  if (unavailable) return `no figure to compare: ${unavailable.unavailable}`;
  if (!ctx.options.gatedMetrics.includes(spec.name)) return "not among the gated metrics";
  if (spec.name === "throughput" && ctx.loadModel === "closed" && !isScenarioTotal(key))
    return "closed load model: the scenario's loop sets the rate of all its requests, so throughput is judged once, on all of them together";
  if (spec.name === "throughput" && ctx.loadModel === "open")
    return "open load model: the script sets the request rate, so throughput is not a result (see dropped iterations and achieved rate)";
  if (spec.name === "throughput" && ctx.loadModel !== "closed")
    return "load model unknown: throughput may be set by the script rather than be a result, so it is reported, not gated";
  if (spec.quantile !== void 0) {
    const needed = requestsNeeded(spec.quantile, ctx.options.minRequestsForP99);
    const fewest = Math.min(...b.map((m) => m.requests), ...c.map((m) => m.requests));
    if (fewest < needed)
      return `too thin: a ${spec.label} from ${fewest} requests per run rests on a handful of samples (needs \u2265 ${needed} per run)`;
  }
  if (!variance)
    return "summary-fidelity results with one run a side: the within-run uncertainty is unknown, so there is no interval to judge by";
  return void 0;
}
function estimateMetric(ctx, seriesId2, metric) {
  const spec = METRIC_SPECS[metric];
  const b = sideMetrics(ctx.baseline, seriesId2, metric);
  const c = sideMetrics(ctx.candidate, seriesId2, metric);
  const comparable = ![...b, ...c].some((m) => m.unavailable !== void 0);
  const s = comparable ? spread(spec, ctx, b, c) : { perRun: Number.NaN, fixed: 0 };
  const baseline = sideFigure(metric, ctx.baseline, seriesId2, b);
  const candidate = s.location !== void 0 ? baseline * Math.exp(s.location) : sideFigure(metric, ctx.candidate, seriesId2, c);
  const tolerance = ctx.options.seriesTolerances[seriesId2]?.[metric] ?? ctx.options.tolerances[metric];
  const baselineCv = coefficientOfVariation(b.map((m) => m.value));
  const key = (ctx.baseline[0] ?? ctx.candidate[0]).series.get(seriesId2).key;
  const reason = notGatedReason(spec, ctx, key, { b, c }, s.variance);
  const undecidable = reason === void 0 ? errorRateTooThin(spec, b, c, tolerance) ?? quantileTooNoisy(spec, { b, c }, s.variance, ctx.options.budgetRuns, tolerance) : void 0;
  const sideSize = (ms) => metric === "throughput" ? ms.length : totalRequests(ms);
  const estimate2 = {
    seriesId: seriesId2,
    spec,
    tolerance,
    baseline,
    candidate,
    change: spec.changeKind === "relative" ? candidate / baseline - 1 : candidate - baseline,
    center: comparable ? centre(spec, ctx, seriesId2, baseline, candidate) : Number.NaN,
    perRun: s.perRun,
    fixed: s.fixed,
    baselineCv,
    sampleSize: { baseline: sideSize(b), candidate: sideSize(c) },
    gated: reason === void 0,
    testable: reason === void 0,
    ...s.variance ? { variance: s.variance } : {},
    ...reason !== void 0 ? { reason } : {},
    ...undecidable !== void 0 ? { undecidable } : {}
  };
  return unstableChecked(estimate2, ctx, b);
}
function unstableChecked(estimate2, ctx, baselineRuns) {
  const { spec, baselineCv } = estimate2;
  const { options } = ctx;
  if (!estimate2.gated || spec.scale !== "log" || ctx.paired || !(baselineCv > options.maxBaselineCv))
    return estimate2;
  const prior = runToRunPrior(spec, ctx.priors);
  const within = withinParts(baselineRuns);
  const expected = within ? expectedUnitVariance(prior, within) : prior;
  if (spreadTooWide(logVarianceFromCv(baselineCv), ctx.baseline.length - 1, expected)) {
    estimate2.testable = false;
    estimate2.reason = `unstable baseline: its repeats vary by ${(baselineCv * 100).toFixed(1)}% (CV), above the ${(options.maxBaselineCv * 100).toFixed(0)}% limit, so it can neither pass nor fail this metric`;
  }
  return estimate2;
}

// src/stats/resources.ts
var SERVICE_KEY = { scenario: "", group: "", method: "service", name: "(CPU, memory)" };
var SERVICE_SERIES_ID = seriesId(SERVICE_KEY);
var CPU_TICK_SECONDS = 0.01;
var MB = 1024 * 1024;
var MIN_SECOND_REQUESTS = 10;
function cpuStretch(run) {
  const bySecond = run.service?.cpuBySecond;
  if (bySecond === void 0) return void 0;
  const requests = requestsBySecond(run);
  const level = ([t, cpu2]) => {
    const n = requests.get(t) ?? 0;
    return n >= MIN_SECOND_REQUESTS ? Math.log(cpu2 / n) : Number.NaN;
  };
  const found = disturbedSeconds(
    bySecond.map(([t]) => t),
    bySecond.map(level)
  );
  if (found === void 0) return void 0;
  const drop = new Set(found.seconds);
  let cpuSeconds = 0;
  let dropped = 0;
  for (const [t, cpu2] of bySecond)
    if (drop.has(t)) {
      cpuSeconds += cpu2;
      dropped += requests.get(t) ?? 0;
    }
  return { ...found, cpuSeconds, requests: dropped };
}
function screenCpu(baseline, candidate) {
  return sidesOf(baseline.map(cpuStretch), candidate.map(cpuStretch));
}
function cpuReading(run, stretch) {
  const { requests } = measuredRequests(run);
  const cpuSeconds = run.service.cpuSeconds;
  if (stretch === void 0) return { cpuSeconds, requests };
  return { cpuSeconds: Math.max(0, cpuSeconds - stretch.cpuSeconds), requests: requests - stretch.requests };
}
function runResource(run, metric, stretch) {
  const service = run.service;
  if (service === void 0) return void 0;
  const { cpuSeconds, requests } = cpuReading(run, stretch);
  if (metric === "peak_rss") {
    return { value: service.peakRssBytes / MB, requests, withinVar: 0, withinDf: Number.POSITIVE_INFINITY };
  }
  if (requests === 0 || !(cpuSeconds > 0))
    return { value: Number.NaN, requests, unavailable: "no requests or no CPU time measured" };
  const relative = CPU_TICK_SECONDS / cpuSeconds;
  return {
    value: cpuSeconds * 1e3 / requests,
    requests,
    withinVar: 2 * relative * relative / 12,
    withinDf: Number.POSITIVE_INFINITY
  };
}
function pooled(metrics, metric) {
  if (metric === "peak_rss") return metrics.reduce((a, m) => a + m.value, 0) / metrics.length;
  return metrics.reduce((a, m) => a + m.value * m.requests, 0) / totalRequests(metrics);
}
function cpuPriorWithSaturation(priors, share) {
  const mix = satterthwaite([
    { variance: (1 - share) * logVarianceFromCv(priors.cpuRunToRunCv), df: priors.cpuRunToRunPriorDf },
    { variance: share * logVarianceFromCv(priors.cpuSaturatedRunToRunCv), df: priors.cpuSaturatedPriorDf }
  ]);
  return { ...priors, cpuRunToRunCv: cvFromLogVariance(mix.variance), cpuRunToRunPriorDf: mix.df };
}
function saturationAware(ctx) {
  const runs = [...ctx.baseline, ...ctx.candidate];
  const saturated = runs.filter((r) => measuredSaturated(r.service)).length;
  if (saturated === 0) return { ctx };
  const pct = (x) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;
  const { cpuRunToRunCv, cpuSaturatedRunToRunCv } = ctx.priors;
  return {
    ctx: { ...ctx, priors: cpuPriorWithSaturation(ctx.priors, saturated / runs.length) },
    noisier: `a saturated runner: its cores were \u2265 ${pct(SATURATED_BUSY_SHARE)} busy in ${saturated} of ${runs.length} runs, where CPU per request moves by about ${pct(cpuSaturatedRunToRunCv)} per run (${pct(cpuRunToRunCv)} with cores to spare)`
  };
}
function estimate(outer, metric, screen) {
  const spec = METRIC_SPECS[metric];
  const { ctx, noisier } = metric === "cpu_per_request" ? saturationAware(outer) : { ctx: outer };
  const stretch = (side, i) => metric === "cpu_per_request" && screen.leftOut[side] ? screen[side][i] : void 0;
  const b = ctx.baseline.map((r, i) => runResource(r, metric, stretch("baseline", i)));
  const c = ctx.candidate.map((r, i) => runResource(r, metric, stretch("candidate", i)));
  const unavailable = [...b, ...c].find((m) => m.unavailable !== void 0)?.unavailable;
  const s = unavailable === void 0 ? spread(spec, ctx, b, c) : { perRun: Number.NaN, fixed: 0 };
  const baseline = pooled(withoutLeftOut(b, s.leftOut), metric);
  const candidate = s.location !== void 0 ? baseline * Math.exp(s.location) : pooled(c, metric);
  const reason = unavailable !== void 0 ? `no figure to compare: ${unavailable}` : !ctx.options.gatedMetrics.includes(metric) ? "not among the gated metrics" : void 0;
  const tolerance = ctx.options.seriesTolerances[SERVICE_SERIES_ID]?.[metric] ?? ctx.options.tolerances[metric];
  const undecidable = reason === void 0 && s.variance ? tooNoisyAtBudget(
    `the service's ${spec.label}`,
    Math.max(b.length, c.length),
    s.variance,
    ctx.options.budgetRuns,
    tolerance
  ) : void 0;
  return unstableChecked(
    {
      seriesId: SERVICE_SERIES_ID,
      spec,
      tolerance,
      baseline,
      candidate,
      change: candidate / baseline - 1,
      // NaN when a run has no figure: its NaN enters its side's pooled figure
      center: Math.log(candidate / baseline),
      perRun: s.perRun,
      fixed: s.fixed,
      baselineCv: coefficientOfVariation(b.map((m) => m.value)),
      sampleSize: { baseline: totalRequests(b), candidate: totalRequests(c) },
      gated: reason === void 0,
      testable: reason === void 0,
      ...s.variance ? { variance: s.variance } : {},
      ...reason !== void 0 ? { reason } : {},
      ...noisier !== void 0 ? { noisier } : {},
      ...s.leftOut ? { leftOut: s.leftOut } : {},
      ...undecidable !== void 0 ? { undecidable } : {}
    },
    ctx,
    b
  );
}
function resourceEstimates(ctx, screen) {
  const all = [...ctx.baseline, ...ctx.candidate];
  if (all.length === 0 || all.some((r) => r.service === void 0)) return [];
  return RESOURCE_METRICS.map((metric) => estimate(ctx, metric, screen));
}
function withServiceHeadline(headline, runs) {
  if (runs.length === 0 || runs.some((r) => r.service === void 0)) return headline;
  const figures = {};
  for (const metric of RESOURCE_METRICS) {
    const value = pooled(
      runs.map((r) => runResource(r, metric)),
      metric
    );
    if (Number.isFinite(value) && value > 0) figures[metric] = value;
  }
  return { ...headline, [SERVICE_SERIES_ID]: figures };
}

// src/baseline/artifact-schema.ts
var ARTIFACT_SCHEMA = 1;
var METRICS = METRIC_NAMES;
function buildEnvelopeSchema() {
  const environmentSchema = object({
    platform: string(),
    arch: string(),
    osRelease: string(),
    cpuModel: string(),
    cpuCount: number().int().nonnegative(),
    totalMemoryBytes: number().nonnegative(),
    runnerOs: string().optional(),
    runnerArch: string().optional(),
    imageOs: string().optional(),
    imageVersion: string().optional()
  });
  const headlineSchema = record(string(), partialRecord(_enum(METRICS), number()));
  const historyEntrySchema = object({
    commit: string(),
    timeMs: number(),
    runs: number().int().nonnegative(),
    headline: headlineSchema
  });
  return object({
    schema: literal(ARTIFACT_SCHEMA),
    commit: string().min(1),
    ref: string(),
    branch: string().min(1),
    timeMs: number(),
    scenarioId: string().min(1),
    scriptHash: string().min(1),
    engine: _enum(ENGINE_NAMES),
    engineVersion: string().optional(),
    loadModel: _enum(["open", "closed", "unknown"]),
    targetRate: number().positive().optional(),
    environment: environmentSchema,
    perfGateVersion: string(),
    runs: array(unknown()).min(1),
    headline: headlineSchema,
    history: array(historyEntrySchema)
  });
}
var envelopeSchema;
function artifactEnvelopeSchema() {
  envelopeSchema ??= buildEnvelopeSchema();
  return envelopeSchema;
}
function describeIssues(issues) {
  return issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "invalid_type" && issue.message.endsWith("received undefined")) {
      return `missing field \`${path}\``;
    }
    return path === "" ? issue.message : `field \`${path}\`: ${issue.message}`;
  }).join("; ");
}

// src/baseline/comparability.ts
var MEMORY_TOLERANCE = 0.05;
var EFFECT_ORDER = { incomparable: 0, environment: 1, note: 2 };
var LOAD_MODEL_WORDS = {
  open: "open (arrival rate)",
  closed: "closed (virtual users)",
  unknown: "unknown"
};
function compareIdentities(baseline, current) {
  const differences = [];
  const add = (field, text, effect) => differences.push({ field, text, effect });
  if (baseline.scriptHash !== current.scriptHash) {
    add(
      "script",
      `script: changed since the baseline (sha256 ${short(baseline.scriptHash)} vs ${short(current.scriptHash)})`,
      "incomparable"
    );
  }
  if (baseline.loadModel !== current.loadModel) {
    add(
      "loadModel",
      `load model: ${LOAD_MODEL_WORDS[baseline.loadModel]} vs ${LOAD_MODEL_WORDS[current.loadModel]}`,
      "incomparable"
    );
  }
  if (baseline.targetRate !== current.targetRate) {
    const bothKnown = baseline.targetRate !== void 0 && current.targetRate !== void 0;
    add(
      "targetRate",
      `target rate: ${rate(baseline.targetRate)} vs ${rate(current.targetRate)}`,
      bothKnown ? "incomparable" : "note"
    );
  }
  if (baseline.engine !== current.engine) {
    add("engine", `engine: ${baseline.engine} vs ${current.engine}`, "environment");
  } else if (baseline.engineVersion !== current.engineVersion) {
    const bothKnown = baseline.engineVersion !== void 0 && current.engineVersion !== void 0;
    add(
      "engineVersion",
      `${baseline.engine} version: ${baseline.engineVersion ?? "unknown"} vs ${current.engineVersion ?? "unknown"}`,
      bothKnown ? "environment" : "note"
    );
  }
  environmentDifferences(baseline.environment, current.environment, add);
  if (baseline.perfGateVersion !== current.perfGateVersion) {
    add("perfGateVersion", `perf-gate: ${baseline.perfGateVersion} vs ${current.perfGateVersion}`, "note");
  }
  differences.sort((a, b) => EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect]);
  return {
    differences,
    incomparable: differences.some((d) => d.effect === "incomparable"),
    environmentDiffers: differences.some((d) => d.effect === "environment")
  };
}
function incomparableText(comparability) {
  return comparability.differences.filter((d) => d.effect === "incomparable").map((d) => d.text).join("; ");
}
function environmentDifferences(a, b, add) {
  if (a.platform !== b.platform || a.arch !== b.arch) {
    add("os", `OS: ${a.platform} ${a.arch} vs ${b.platform} ${b.arch}`, "environment");
  }
  if (a.cpuModel !== b.cpuModel || a.cpuCount !== b.cpuCount) {
    add("cpu", `CPU: ${cpu(a)} vs ${cpu(b)}`, "environment");
  }
  const larger = Math.max(a.totalMemoryBytes, b.totalMemoryBytes);
  if (Math.abs(a.totalMemoryBytes - b.totalMemoryBytes) / larger > MEMORY_TOLERANCE) {
    add("memory", `memory: ${gib(a.totalMemoryBytes)} vs ${gib(b.totalMemoryBytes)}`, "environment");
  }
  if (a.imageOs !== void 0 && b.imageOs !== void 0 && a.imageOs !== b.imageOs) {
    add("image", `runner image: ${a.imageOs} vs ${b.imageOs}`, "environment");
  }
}
function cpu(env) {
  return `${env.cpuModel} (${env.cpuCount} ${env.cpuCount === 1 ? "core" : "cores"})`;
}
function gib(bytes) {
  return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
}
function rate(value) {
  return value === void 0 ? "unknown" : `${value} it/s`;
}
function short(hash) {
  return hash.length > 12 ? `${hash.slice(0, 12)}\u2026` : hash;
}

// src/baseline/identity.ts
import { createHash } from "node:crypto";
function hashScript(content) {
  return createHash("sha256").update(content).digest("hex");
}
function measurementIdentity(input) {
  const { runs } = input;
  const first = runs[0];
  if (first === void 0) throw new Error("a measurement needs at least one run, got none");
  const agreed = (what, value) => {
    const values = [...new Set(runs.map(value))];
    if (values.length > 1) {
      throw new Error(`the runs of one measurement disagree on ${what}: ${values.map(String).join(" vs ")}`);
    }
    return values[0];
  };
  const identity = {
    scriptHash: input.scriptHash,
    engine: agreed("engine", (r) => r.engine),
    loadModel: agreed("load model", (r) => r.loadModel),
    environment: input.environment,
    perfGateVersion: input.perfGateVersion
  };
  const engineVersion = agreed("engine version", (r) => r.engineVersion);
  if (engineVersion !== void 0) identity.engineVersion = engineVersion;
  const targetRate = agreed("target rate", (r) => r.targetRate);
  if (targetRate !== void 0) identity.targetRate = targetRate;
  return identity;
}

// src/baseline/artifact.ts
var DEFAULT_HISTORY_SIZE = 30;
var ARTIFACT_FILE = "baseline.json";
function buildArtifact(input) {
  const identity = measurementIdentity(input);
  const { history, notes } = carryHistory(
    input.previous,
    identity,
    input.historySize ?? DEFAULT_HISTORY_SIZE
  );
  const artifact = {
    schema: ARTIFACT_SCHEMA,
    commit: input.commit,
    ref: input.ref,
    branch: input.branch,
    timeMs: input.timeMs,
    scenarioId: input.scenarioId,
    ...identity,
    runs: input.runs,
    headline: withServiceHeadline(headlineFigures(input.runs), input.runs),
    history
  };
  return { artifact, notes };
}
function historyEntryOf(artifact) {
  return {
    commit: artifact.commit,
    timeMs: artifact.timeMs,
    runs: artifact.runs.length,
    headline: artifact.headline
  };
}
function carryHistory(previous, identity, size) {
  if (!Number.isInteger(size) || size < 0)
    throw new Error(`history size must be a whole number \u2265 0, got ${size}`);
  if (previous === void 0)
    return { history: [], notes: ["no previous baseline: the history starts here"] };
  const comparability = compareIdentities(previous, identity);
  if (comparability.incomparable) {
    return {
      history: [],
      notes: [
        `history restarted: the previous baseline (${previous.commit}) is not comparable (${incomparableText(comparability)})`
      ]
    };
  }
  const all = [...previous.history, historyEntryOf(previous)];
  const history = size === 0 ? [] : all.slice(-size);
  const dropped = all.length - history.length;
  return {
    history,
    notes: dropped > 0 ? [`history trimmed to the newest ${size} baselines (${dropped} dropped)`] : []
  };
}
function encodeArtifact(artifact, options = {}) {
  const { runs, ...rest } = artifact;
  const json = Buffer.from(JSON.stringify({ ...rest, runs: runs.map(serializeRun) }));
  return options.gzip === true ? gzipSync(json) : json;
}
var UnreadableArtifactError = class extends Error {
  constructor(source, reason) {
    super(`baseline artifact ${source}: ${reason}`);
    this.source = source;
    this.reason = reason;
    this.name = "UnreadableArtifactError";
  }
  source;
  reason;
};
var GZIP_MAGIC = [31, 139];
function decodeArtifact(bytes, source) {
  const fail = (reason) => {
    throw new UnreadableArtifactError(source, reason);
  };
  let text;
  if (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]) {
    try {
      text = gunzipSync(bytes).toString("utf8");
    } catch (error) {
      return fail(`not valid gzip data (${error.message})`);
    }
  } else {
    text = Buffer.from(bytes).toString("utf8");
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`not JSON (${error.message})`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return fail(
      `not a perf-gate baseline: expected a JSON object, got ${Array.isArray(json) ? "an array" : typeof json}`
    );
  }
  if (!("schema" in json)) return fail("not a perf-gate baseline: it has no `schema` field");
  const schema = json.schema;
  if (schema !== ARTIFACT_SCHEMA) {
    const newer = typeof schema === "number" && schema > ARTIFACT_SCHEMA;
    return fail(
      `unknown schema version ${JSON.stringify(schema)} (this perf-gate reads version ${ARTIFACT_SCHEMA}${newer ? "; it was written by a newer perf-gate: upgrade perf-gate to read it" : ""})`
    );
  }
  const parsed = artifactEnvelopeSchema().safeParse(json);
  if (!parsed.success) return fail(describeIssues(parsed.error.issues));
  const envelope = parsed.data;
  const runs = envelope.runs.map((run, i) => {
    try {
      return deserializeRun(run);
    } catch (error) {
      return fail(`runs[${i}]: ${error.message}`);
    }
  });
  return { ...envelope, schema: ARTIFACT_SCHEMA, runs };
}

export {
  studentTTwoSidedP,
  studentTQuantile,
  sampleVariance,
  unitVariance,
  cvFromLogVariance,
  betweenJobPriorDf,
  betweenJobVariance,
  screenDisturbances,
  withScenarioTotals,
  runToRunPrior,
  withinParts,
  requestsNeeded,
  estimateMetric,
  SERVICE_KEY,
  SERVICE_SERIES_ID,
  screenCpu,
  resourceEstimates,
  ARTIFACT_SCHEMA,
  compareIdentities,
  incomparableText,
  hashScript,
  measurementIdentity,
  ARTIFACT_FILE,
  buildArtifact,
  historyEntryOf,
  encodeArtifact,
  UnreadableArtifactError,
  decodeArtifact
};
