import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeK6ExitCode } from '../../src/engine/k6/exit-codes.ts';
import { loadModelFromInspect, parseK6Version } from '../../src/engine/k6/inspect.ts';
import { mergeThresholdOutcomes, thresholdsFromSummary } from '../../src/engine/k6/thresholds.ts';

const fixture = (name: string) => resolve(__dirname, '../fixtures/k6-v0.49', name);

describe('loadModelFromInspect', () => {
  it('open for arrival-rate executors, with the target rate from rate/timeUnit', () => {
    const m = loadModelFromInspect({
      scenarios: {
        a: { executor: 'constant-arrival-rate', rate: 100, timeUnit: '1s' },
        b: { executor: 'constant-arrival-rate', rate: 600, timeUnit: '1m0s' },
      },
    });
    expect(m.loadModel).toBe('open');
    expect(m.targetRate).toBe(110);
  });

  it('names the scenario whose timeUnit is not a duration', () => {
    expect(() =>
      loadModelFromInspect({
        scenarios: { slow: { executor: 'constant-arrival-rate', rate: 5, timeUnit: 'soon' } },
      }),
    ).toThrow("k6 inspect: scenarios.slow.timeUnit 'soon' is not a duration k6 accepts");
  });

  it('open without a target rate when a scenario ramps', () => {
    const m = loadModelFromInspect({ scenarios: { r: { executor: 'ramping-arrival-rate', stages: [] } } });
    expect(m).toMatchObject({ loadModel: 'open', warnings: [] });
    expect(m.targetRate).toBeUndefined();
  });

  it('closed for VU-based executors and for no scenarios at all (k6 default vus/duration)', () => {
    expect(loadModelFromInspect({ scenarios: { v: { executor: 'ramping-vus' } } }).loadModel).toBe('closed');
    expect(loadModelFromInspect({ vus: 10, duration: '5s', scenarios: null }).loadModel).toBe('closed');
    expect(loadModelFromInspect({}).loadModel).toBe('closed');
  });

  it('unknown, with a warning, when a script mixes both', () => {
    const m = loadModelFromInspect({
      scenarios: { a: { executor: 'constant-arrival-rate', rate: 1 }, b: { executor: 'constant-vus' } },
    });
    expect(m.loadModel).toBe('unknown');
    expect(m.warnings[0]).toContain('mixes arrival-rate and VU-based scenarios');
  });

  it('refuses a timeUnit that is not a duration, naming the scenario', () => {
    expect(() =>
      loadModelFromInspect({
        scenarios: { api: { executor: 'constant-arrival-rate', rate: 1, timeUnit: 'soon' } },
      }),
    ).toThrow(/scenarios\.api\.timeUnit/);
  });
});

describe('k6 version, exit codes, thresholds', () => {
  it('reads the version line', () => {
    expect(
      parseK6Version('k6 v0.49.0 (2024-01-29T13:18:56+0000/v0.49.0-0-gee2757d5, go1.21.6, linux/amd64)\n'),
    ).toBe('0.49.0');
    expect(() => parseK6Version('hello')).toThrow(/could not read a version/);
  });

  it('describes exit codes by their contract', () => {
    expect(describeK6ExitCode(104)).toBe('104 (invalid configuration (options or flags))');
    expect(describeK6ExitCode(42)).toBe('42 (not a documented k6 exit code)');
  });

  it('reads threshold outcomes from a real summary export (true = failed)', () => {
    const summary = JSON.parse(readFileSync(fixture('arrival-errors.summary.json'), 'utf8'));
    const outcomes = thresholdsFromSummary(summary);
    expect(outcomes).toEqual(
      expect.arrayContaining([
        { metric: 'http_req_duration', expressions: ['p(99)<5'], crossed: true },
        { metric: 'http_req_failed', expressions: ['rate<0.5'], crossed: false },
      ]),
    );
    const merged = mergeThresholdOutcomes(
      [{ metric: 'http_req_duration', expressions: ['p(99)<5'] }],
      outcomes,
    );
    expect(merged[0]).toEqual({ metric: 'http_req_duration', expressions: ['p(99)<5'], crossed: true });
    expect(merged).toHaveLength(2);
  });
});
