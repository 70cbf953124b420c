import { describe, expect, it } from 'vitest';
import { nightlyTrend } from '../../src/judge/nightly.ts';
import type { HistoryEntry } from '../../src/stats/types.ts';

const entry = (i: number, users: number, orders: number): HistoryEntry => ({
  commit: `c${i}`,
  timeMs: i * 86_400_000,
  runs: 3,
  headline: { 'GET /users': { p95: users, throughput: 50 }, 'GET /orders': { p95: orders, throughput: 100 } },
});

// small deterministic wobble, ±2%
const wobble = (i: number) => 1 + 0.02 * Math.sin(i * 1.7);

describe('nightlyTrend', () => {
  it('shows the series that drifted, with the drift judged', () => {
    const history = Array.from({ length: 12 }, (_, i) =>
      entry(i, 10 * wobble(i) * (i >= 9 ? 1.4 : 1), 8 * wobble(i + 3)),
    );
    const info = nightlyTrend(history, entry(12, 14 * wobble(12), 8 * wobble(15)))!;
    expect(info.seriesId).toBe('GET /users');
    expect(info.metric).toBe('p95');
    expect(info.history).toHaveLength(13);
    expect(info.drift).toMatchObject({ detected: true, since: { commit: 'c9' } });
    expect(info.drift!.change).toBeGreaterThan(0.3);
  });

  it('shows the busiest series when nothing drifted, and says when there is too little history', () => {
    const info = nightlyTrend([entry(0, 10, 8)], entry(1, 10.1, 8.1))!;
    expect(info.seriesId).toBe('GET /orders');
    expect(info.drift).toMatchObject({
      detected: false,
      reason: 'drift needs 8 nightlies; the history has 2',
    });
  });
});
