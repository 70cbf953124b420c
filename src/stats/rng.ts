/**
 * Small seeded pseudo-random generators, so every simulated or resampled figure reproduces from its seed.
 * mulberry32: 32-bit state, passes the usual statistical batteries for this kind of use (simulation, not
 * cryptography), and is a few lines with no dependency.
 */
export interface Rng {
  /** uniform on [0, 1) */
  next(): number;
  /** standard normal draw */
  normal(): number;
  /** integer uniform on [0, n) */
  int(n: number): number;
}

export function mulberry32(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`rng seed must be a finite number, got ${seed}`);
  let a = seed >>> 0;
  let spare: number | undefined;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    // Marsaglia's polar method: two independent normals per accepted pair, the second kept for the next call.
    normal(): number {
      if (spare !== undefined) {
        const s = spare;
        spare = undefined;
        return s;
      }
      for (;;) {
        const u = 2 * next() - 1;
        const v = 2 * next() - 1;
        const s = u * u + v * v;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: `>` vs `>=`, `<` vs `<=`: no two consecutive draws make s exactly 0 or 1 (every one of the 2^32 states checked), so the boundaries never decide
        if (s > 0 && s < 1) {
          const f = Math.sqrt((-2 * Math.log(s)) / s);
          spare = v * f;
          return u * f;
        }
      }
    },
    int(n: number): number {
      return Math.floor(next() * n);
    },
  };
}

/** Derives an independent-looking seed for sub-stream `index` of `seed` (splitmix32-style hash). */
export function deriveSeed(seed: number, index: number): number {
  let z = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}
