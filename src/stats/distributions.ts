import { errorFunction, gammaln } from 'simple-statistics';

/**
 * Normal and Student-t distribution functions. The normal CDF uses simple-statistics' erf (Numerical
 * Recipes' erfc approximation, relative error < 1.2e-7, exact in the tails where we need it). simple-statistics
 * has no Student-t CDF or inverse (its `probit` is a 1e-3 approximation), so those are here: the t CDF through
 * the regularized incomplete beta function (Lentz continued fraction), its inverse by safeguarded Newton
 * steps, both tested against published table values.
 */

export function normalCdf(x: number): number {
  return 0.5 * (1 + errorFunction(x / Math.SQRT2));
}

// Acklam's rational approximation of the normal quantile, relative error < 1.2e-9 over (0, 1).
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

/** Needs 0 < p < 1; studentTQuantile, its only caller, handles the ends and rejects the rest. */
function normalQuantile(p: number): number {
  const low = 0.02425;
  // Stryker disable next-line EqualityOperator: equivalent, at p = low both formulas are within Acklam's bound (the true -1.972961051312 lies 2.2e-9 from each)
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
      ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1)
    );
  }
  // Stryker disable next-line EqualityOperator: equivalent, at p = 1 - low both formulas are within Acklam's bound (2.2e-9 each side of 1.972961051312)
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) /
    (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1)
  );
}

/** Lentz's guard: a denominator of exactly 0 is replaced by a tiny number so the recurrence can go on. */
function awayFromZero(v: number): number {
  const tiny = 1e-300;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, v is 1 + y in doubles, so |v| < 1e-300 only at v = 0, which needs a + b > 2^53 where the fraction throws for want of iterations anyway
  return Math.abs(v) < tiny ? tiny : v;
}

/** Continued fraction of the incomplete beta function (modified Lentz), Numerical Recipes §6.4. */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const maxIterations = 20_000;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 / awayFromZero(1 - (qab * x) / qap);
  let h = d;
  for (let m = 1; m <= maxIterations; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 / awayFromZero(1 + aa * d);
    c = awayFromZero(1 + aa / c);
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 / awayFromZero(1 + aa * d);
    c = awayFromZero(1 + aa / c);
    const del = d * c;
    h *= del;
    // Stryker disable next-line EqualityOperator: equivalent, del - 1 is exact here and a multiple of 2^-53, which 1e-15 is not, so it never equals 1e-15
    if (Math.abs(del - 1) < 1e-15) return h;
  }
  throw new Error(`incomplete beta did not converge (a=${a}, b=${b}, x=${x})`);
}

/**
 * Regularized incomplete beta function I_x(a, b). A caller that can compute 1 − x without cancellation passes
 * it as `complement`: near x = 1, x itself has rounded and 1 − x would lose the digits that matter.
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number, complement?: number): number {
  // Stryker disable next-line EqualityOperator: equivalent, at x = 0 the formula below gives exp(-∞) · … = 0 too for any a > 0
  if (x <= 0) return 0;
  const xc = complement ?? 1 - x;
  // Stryker disable next-line EqualityOperator: equivalent, at 1 − x = 0 the formula below gives 1 - exp(-∞) · … = 1 too for any b > 0
  if (xc <= 0) return 1;
  // log1p(−x) keeps the digits of a small x that 1 − x would round away
  const logComplement = complement === undefined ? Math.log1p(-x) : Math.log(complement);
  const logFront = gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * logComplement;
  const front = Math.exp(logFront);
  // The continued fraction converges fast for x < (a+1)/(a+b+2); use the symmetry otherwise.
  // Stryker disable next-line EqualityOperator: equivalent, at the switch point both forms are the same value (to rounding)
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, xc)) / b;
}

/** Above this many degrees of freedom the t distribution is the normal to better than 1e-5. */
const NORMAL_DF = 1e6;

/** Student-t CDF at t ≥ 0 (studentTQuantile, its only caller, searches the upper half only). */
function studentTCdf(t: number, df: number): number {
  return 1 - 0.5 * studentTTwoSidedP(t, df);
}

/** Two-sided p-value of a t statistic. */
export function studentTTwoSidedP(t: number, df: number): number {
  if (!(df > 0)) throw new Error(`studentTTwoSidedP: degrees of freedom must be > 0, got ${df}`);
  if (df >= NORMAL_DF) return 2 * normalCdf(-Math.abs(t));
  // The p-value is I_x(df/2, ½) with x = df/(df + t²). Near t = 0, x rounds to 1 and 1 − x to 0, which would
  // make the p-value exactly 1 and flatten the CDF the quantile's Newton steps follow: 1 − x = t²/(df + t²)
  // is passed as computed directly.
  const t2 = t * t;
  return regularizedIncompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

function studentTDensity(t: number, df: number): number {
  const logC = gammaln((df + 1) / 2) - gammaln(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** Student-t quantile: the t with P(T ≤ t) = p. Quantiles beyond 1e12 come back as some value in (1e12, 2e12]. */
export function studentTQuantile(p: number, df: number): number {
  if (!(df > 0)) throw new Error(`studentTQuantile: degrees of freedom must be > 0, got ${df}`);
  // Let through, p = 0 returns -studentTQuantile(1, df) = -∞, and p = 1 sets hi = t = normalQuantile(1) = ∞.
  // Stryker disable next-line EqualityOperator: as above, p = 0 and p = 1 let through give the same ∓∞
  if (!(p > 0 && p < 1)) {
    if (p === 0) return Number.NEGATIVE_INFINITY;
    if (p === 1) return Number.POSITIVE_INFINITY;
    throw new Error(`studentTQuantile: p must be in [0, 1], got ${p}`);
  }
  if (df >= NORMAL_DF) return normalQuantile(p);
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  // Stryker disable next-line ConditionalExpression: without it, CDF(0) = ½ exactly makes the first step return 0
  if (p === 0.5) return 0;
  // Bracket [lo, hi] with CDF(lo) < p ≤ CDF(hi), then Newton steps that fall back to bisection.
  let lo = 0;
  let hi = Math.max(1, normalQuantile(p));
  while (studentTCdf(hi, df) < p) {
    lo = hi;
    hi *= 2;
    // Stryker disable next-line EqualityOperator: hi is 2^k or z·2^k, and no p has Acklam's z = 1e12/2^k exactly
    if (hi > 1e12) return hi;
  }
  let t = Math.min(hi, Math.max(lo, normalQuantile(p)));
  // Stryker disable next-line EqualityOperator,UpdateOperator: the steps converge within 60 even in the far tails
  for (let i = 0; i < 200; i++) {
    const f = studentTCdf(t, df) - p;
    // Stryker disable next-line EqualityOperator: at f = 0 either side's bisection leads back to the same root
    if (f < 0) lo = t;
    else hi = t;
    let next = t - f / studentTDensity(t, df);
    // From t ≤ root the CDF is concave, so a Newton step lands in [t, root]: it leaves the bracket only through
    // rounding, and then accepting or bisecting both reconverge. A tighter stop only adds steps that move t by
    // less than the CDF's rounding.
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: see above
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    // Stryker disable next-line EqualityOperator,ArithmeticOperator,MethodExpression: see above
    if (Math.abs(next - t) <= 1e-12 * Math.max(1, Math.abs(t))) return next;
    t = next;
  }
  return t;
}
