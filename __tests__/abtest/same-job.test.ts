import { describe, expect, it } from 'vitest';
import { runSameJob, type Side } from '../../src/abtest/same-job.ts';
import { mulberry32 } from '../../src/stats/rng.ts';

/** runSameJob with a fake measure function: what ran, in which order, against what the report records. */
function recorder() {
  const calls: { side: Side; index: number; purpose: string }[] = [];
  return {
    calls,
    measure: async (side: Side, run: { index: number; purpose: 'warmup' | 'measure' }) => {
      calls.push({ side, ...run });
      return `${side}-${run.purpose}-${run.index}`;
    },
  };
}

describe('runSameJob', () => {
  it('runs each pair in the order it records (AB: base first, BA: PR first), over many seeds', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const { calls, measure } = recorder();
      const runs = await runSameJob({ pairs: 4, random: mulberry32(seed).next, measure, warmupRun: false });
      expect(runs.orders).toHaveLength(4);
      const ran = calls.map((c) => (c.side === 'base' ? 'A' : 'B'));
      expect(ran.join(''), `seed ${seed}`).toBe(runs.orders.join(''));
      expect(calls.map((c) => c.index)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
      expect(runs.baseline).toEqual(['base-measure-1', 'base-measure-2', 'base-measure-3', 'base-measure-4']);
      expect(runs.candidate).toEqual(['pr-measure-1', 'pr-measure-2', 'pr-measure-3', 'pr-measure-4']);
    }
  });

  it('adaptive confirmation: two more pairs (one AB, one BA) while needMore says so, never past the budget', async () => {
    const { calls, measure } = recorder();
    const seen: number[] = [];
    const runs = await runSameJob({
      pairs: 3,
      random: mulberry32(5).next,
      measure,
      warmupRun: false,
      confirm: {
        maxPairs: 6,
        needMore: (sofar) => {
          seen.push(sofar.orders.length);
          return true;
        },
      },
    });
    expect(seen).toEqual([3, 5]);
    expect(runs.orders).toHaveLength(6);
    expect([...runs.orders.slice(3, 5)].sort()).toEqual(['AB', 'BA']);
    expect(runs.baseline).toHaveLength(6);
    expect(calls.map((c) => c.index)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]);
    const decided = await runSameJob({
      pairs: 3,
      random: mulberry32(5).next,
      measure: recorder().measure,
      warmupRun: false,
      confirm: { maxPairs: 15, needMore: () => false },
    });
    expect(decided.orders).toHaveLength(3);
  });

  it('a build that sat idle for two runs costs more: that carryover falls on both builds equally, with confirmation too', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const ran: Side[] = [];
      // an unchanged build whose run costs 1.14 after the other build ran twice in a row, 1 otherwise
      const measure = async (side: Side) => {
        const idled = ran.length >= 2 && ran.at(-1) !== side && ran.at(-2) !== side;
        ran.push(side);
        return idled ? 1.14 : 1;
      };
      const runs = await runSameJob({
        pairs: 3,
        random: mulberry32(seed).next,
        measure,
        warmupRun: true,
        confirm: { maxPairs: 3 + (seed % 5), needMore: () => true },
      });
      const idled = (runs: number[]) => runs.filter((cost) => cost > 1).length;
      expect(idled(runs.candidate), `seed ${seed}: ${runs.orders.join(' ')}`).toBe(idled(runs.baseline));
    }
  });

  it('both orders occur: BA pairs really run the PR build first', async () => {
    const { calls, measure } = recorder();
    const runs = await runSameJob({ pairs: 6, random: mulberry32(7).next, measure, warmupRun: false });
    expect(runs.orders).toContain('BA');
    expect(runs.orders).toContain('AB');
    const firstOfPair = (i: number) => calls.find((c) => c.index === i)!.side;
    for (const [i, order] of runs.orders.entries())
      expect(firstOfPair(i + 1)).toBe(order === 'AB' ? 'base' : 'pr');
  });

  it('warms up each side once before the pairs, and keeps the warm-up runs out of the results', async () => {
    const { calls, measure } = recorder();
    const lines: string[] = [];
    const runs = await runSameJob({
      pairs: 1,
      random: mulberry32(3).next,
      measure,
      warmupRun: true,
      onProgress: (line) => lines.push(line),
    });
    expect(calls.slice(0, 2)).toEqual([
      { side: 'base', index: 0, purpose: 'warmup' },
      { side: 'pr', index: 0, purpose: 'warmup' },
    ]);
    expect(calls).toHaveLength(4);
    expect([...runs.baseline, ...runs.candidate].some((r) => r.includes('warmup'))).toBe(false);
    expect(lines.slice(0, 2)).toEqual(['warm-up: base build', 'warm-up: PR build']);
    const first = runs.orders[0] === 'AB' ? 'base build' : 'PR build';
    expect(lines[2]).toBe(`pair 1/1 (${runs.orders[0]}): ${first}`);
  });

  it('never overlaps two runs: each starts after the previous one ended', async () => {
    let running = 0;
    let overlapped = false;
    await runSameJob({
      pairs: 3,
      random: mulberry32(5).next,
      warmupRun: true,
      measure: async () => {
        running++;
        if (running > 1) overlapped = true;
        await new Promise((resolve) => setImmediate(resolve));
        running--;
        return 0;
      },
    });
    expect(overlapped).toBe(false);
  });
});
