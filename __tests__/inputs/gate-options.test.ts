import { describe, expect, it } from 'vitest';
import { gateOptionsFor, gateSettingsOf, seedFromSha } from '../../src/inputs/gate-options.ts';
import { parseSlos, parseTolerances } from '../../src/inputs/gate-rules.ts';
import { resolveGateOptions } from '../../src/stats/defaults.ts';

const users = { scenario: 'api', group: '', method: 'GET', name: '/users' };
const orders = { scenario: 'api', group: 'shop', method: 'POST', name: '/orders' };

describe('gate options from the user settings and the measured series', () => {
  it('keeps the settings it is given, with the seed the caller chose', () => {
    const config = {
      tolerances: parseTolerances('tolerances', 'p99=20%'),
      slos: parseSlos('slos', 'p95 < 200ms'),
      familyConfidence: 0.9,
      maxBaselineCv: 0.2,
      maxErrorRate: 0.03,
      script: 'load.js',
    };
    expect(gateSettingsOf(config, 42)).toEqual({
      tolerances: [{ series: '*', metric: 'p99', value: 0.2 }],
      slos: [{ series: '*', metric: 'p95', limit: 200 }],
      familyConfidence: 0.9,
      maxBaselineCv: 0.2,
      maxErrorRate: 0.03,
      seed: 42,
    });
  });

  it('series-less tolerances override the default, per-series ones are keyed by series id, later lines win', () => {
    const { options, warnings } = gateOptionsFor(
      {
        tolerances: parseTolerances(
          'tolerances',
          'p90=7%\n/users: p99=15%\nGET /users: p99=12%\n/users: p50=3%',
        ),
        slos: [],
        familyConfidence: 0.9,
        maxBaselineCv: 0.25,
        seed: 5,
      },
      [users, orders],
    );
    expect(warnings).toEqual([]);
    expect(options.tolerances).toEqual({ ...resolveGateOptions({}).tolerances, p90: 0.07 });
    expect(options.seriesTolerances).toEqual({ 'api › GET /users': { p99: 0.12, p50: 0.03 } });
    expect(options).toMatchObject({ familyConfidence: 0.9, maxBaselineCv: 0.25, seed: 5 });
  });

  it('SLO selectors become the ids of every series they name; a wildcard SLO stays one rule', () => {
    const { options, warnings } = gateOptionsFor(
      { tolerances: [], slos: parseSlos('slos', 'p99 < 1s\n/*: p95 < 300ms'), seed: 1 },
      [users, orders],
    );
    expect(warnings).toEqual([]);
    expect(options.slos).toEqual([
      { series: '*', metric: 'p99', limit: 1000 },
      { series: 'api › GET /users', metric: 'p95', limit: 300 },
      { series: 'api › shop › POST /orders', metric: 'p95', limit: 300 },
    ]);
  });

  it('reports a selector that names no measured series', () => {
    const { options, warnings } = gateOptionsFor(
      {
        tolerances: parseTolerances('tolerances', '/carts: p99=15%'),
        slos: parseSlos('slos', '/carts: p95 < 300ms'),
        seed: 1,
      },
      [users],
    );
    expect(warnings).toEqual([
      "tolerance for '/carts' matches no measured series",
      "SLO for '/carts' matches no measured series",
    ]);
    expect(options.seriesTolerances).toEqual({});
    expect(options.slos).toEqual([]);
  });
});

describe('seedFromSha', () => {
  it('reads the first 8 hex digits of the sha, ignoring anything else; 1 without any', () => {
    expect(seedFromSha('abcdef1234567890')).toBe(0xabcdef12);
    expect(seedFromSha('ABCDEF12')).toBe(0xabcdef12);
    expect(seedFromSha('zz-12-q')).toBe(0x12);
    expect(seedFromSha('')).toBe(1);
    expect(seedFromSha('not-a-sha')).toBe(0xaa);
    expect(seedFromSha('xyz')).toBe(1);
  });
});
