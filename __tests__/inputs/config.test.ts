import { describe, expect, it } from 'vitest';
import type { InputName } from '../../src/constants.ts';
import { readActionConfig } from '../../src/inputs/config.ts';
import { parseSlos, parseTolerances } from '../../src/inputs/gate-rules.ts';
import { selectorMatches } from '../../src/inputs/series-selector.ts';
import { parseDuration, parsePercent, splitWords } from '../../src/inputs/values.ts';

const inputs = (values: Partial<Record<InputName, string>>) => (name: InputName) => values[name] ?? '';

describe('readActionConfig', () => {
  it('applies defaults and detects the engine from the script', () => {
    const k6 = readActionConfig(inputs({ script: 'load/api.js', 'github-token': 't' }));
    expect(k6).toMatchObject({
      engine: 'k6',
      runs: 3,
      maxRuns: 15,
      warmupSeconds: 0,
      targetEnv: 'BASE_URL',
      maxErrorRate: 0.05,
      onInconclusive: 'neutral',
      failOnRegression: true,
      mode: 'auto',
      scenarioId: 'load-api',
      historySize: 30,
      checkName: 'perf-gate',
      comment: true,
    });
    expect(readActionConfig(inputs({ script: 'perf/scenario.yml' })).engine).toBe('embedded');
  });

  it('parses every kind of value', () => {
    const c = readActionConfig(
      inputs({
        script: 's.js',
        runs: '5',
        warmup: '10s',
        'target-url': 'http://127.0.0.1:8080/',
        'baseline-target-url': 'http://127.0.0.1:8081',
        env: 'API_TOKEN=abc123\nUSERS=10\n# comment',
        'k6-flags': `--tag team=web --http-debug="full"`,
        'run-timeout': '2m',
        tolerances: 'p99=15%\nGET /users: p50=3%',
        slos: 'p99 < 300ms\nerror_rate < 1%',
        confidence: '99%',
        'max-baseline-cv': '8%',
        'on-inconclusive': 'failure',
        'fail-on-regression': 'false',
        seed: '7',
      }),
    );
    expect(c.targetUrl).toBe('http://127.0.0.1:8080');
    expect(c.baselineTargetUrl).toBe('http://127.0.0.1:8081');
    expect(c.env).toEqual({ API_TOKEN: 'abc123', USERS: '10' });
    expect(c.secrets).toEqual(['abc123']);
    expect(c.k6.flags).toEqual(['--tag', 'team=web', '--http-debug=full']);
    expect(c.k6.timeoutSeconds).toBe(120);
    expect(c.tolerances).toEqual([
      { series: '*', metric: 'p99', value: 0.15 },
      { series: 'GET /users', metric: 'p50', value: 0.03 },
    ]);
    expect(c.slos).toEqual([
      { series: '*', metric: 'p99', limit: 300 },
      { series: '*', metric: 'error_rate', limit: 0.01 },
    ]);
    expect(c).toMatchObject({
      familyConfidence: 0.99,
      maxBaselineCv: 0.08,
      onInconclusive: 'failure',
      seed: 7,
    });
    expect(c.failOnRegression).toBe(false);
  });

  it('max-runs: the budget of pairs, at least runs (a default below runs follows runs)', () => {
    expect(readActionConfig(inputs({ script: 's.js', runs: '5', 'max-runs': '9' })).maxRuns).toBe(9);
    expect(readActionConfig(inputs({ script: 's.js', runs: '20' })).maxRuns).toBe(20);
    expect(() => readActionConfig(inputs({ script: 's.js', runs: '5', 'max-runs': '4' }))).toThrow(
      "input 'max-runs': 4 is fewer than input 'runs' (5); the budget includes the planned runs",
    );
    expect(() => readActionConfig(inputs({ script: 's.js', 'max-runs': 'many' }))).toThrow(
      "input 'max-runs': 'many' is not a whole number from 1 to 50",
    );
  });

  it('collects every problem, each naming its input and what it accepts', () => {
    let message = '';
    try {
      readActionConfig(
        inputs({
          runs: 'three',
          engine: 'gatling',
          'max-error-rate': '5',
          'target-url': 'localhost:80',
          mode: 'x',
        }),
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("input 'script': required");
    expect(message).toContain("input 'runs': 'three' is not a whole number from 1 to 50");
    expect(message).toContain("input 'engine': 'gatling' is not one of auto, k6, embedded, jmeter, locust");
    expect(message).toContain("input 'max-error-rate': '5' is not a percentage");
    expect(message).toContain("input 'target-url': 'localhost:80' is not an http(s) URL");
    expect(message).toContain("input 'mode': 'x' is not one of auto, compare, baseline, report");
  });

  it('needs the PR target when a base target is given', () => {
    expect(() =>
      readActionConfig(inputs({ script: 's.js', 'baseline-target-url': 'http://127.0.0.1:1' })),
    ).toThrow(/input 'baseline-target-url': needs input 'target-url'/);
  });

  it('derives cache-safe scenario ids', () => {
    const scenarioId = (script: string) => readActionConfig(inputs({ script })).scenarioId;
    expect(scenarioId('./perf/Checkout Flow.k6.js')).toBe('perf-checkout-flow-k6');
    expect(scenarioId('./__.js')).toBe('default');
  });
});

describe('value parsers', () => {
  it('parses durations and refuses nonsense', () => {
    expect(parseDuration('warmup', '1m30s')).toBe(90);
    expect(parseDuration('warmup', '500ms')).toBe(0.5);
    expect(parseDuration('warmup', '12')).toBe(12);
    expect(() => parseDuration('warmup', '10 parsecs')).toThrow(
      "input 'warmup': '10 parsecs' is not a duration",
    );
  });

  it('requires a unit on percentages', () => {
    expect(parsePercent('x', '0.5pp')).toBeCloseTo(0.005);
    expect(() => parsePercent('x', '0.05')).toThrow(/write e.g. 5%/);
  });

  it('splits flags like a shell', () => {
    expect(splitWords('f', `a "b c" 'd e'f`)).toEqual(['a', 'b c', 'd ef']);
    expect(() => splitWords('f', `a "b`)).toThrow(`input 'f': unbalanced " quote`);
  });

  it('parses tolerances and SLOs with series names that contain colons', () => {
    expect(parseTolerances('t', 'http://127.0.0.1:8080/users: p95=5%')).toEqual([
      { series: 'http://127.0.0.1:8080/users', metric: 'p95', value: 0.05 },
    ]);
    expect(parseSlos('s', 'throughput > 50/s\nGET /users: med < 0.2s')).toEqual([
      { series: '*', metric: 'throughput', limit: 50 },
      { series: 'GET /users', metric: 'p50', limit: 200 },
    ]);
    expect(() => parseSlos('s', 'p99 > 300ms')).toThrow(
      "input 's': 'p99 > 300ms': a p99 SLO is an upper bound",
    );
    expect(() => parseSlos('s', 'p99 < 300')).toThrow(/with a unit/);
    expect(() => parseTolerances('t', 'p42=5%')).toThrow("input 't': unknown metric 'p42'");
  });

  it('matches series selectors by id, name, method + name, or wildcard', () => {
    const key = { scenario: 'api', group: '', method: 'GET', name: 'GET /users' };
    expect(selectorMatches('GET /users', key)).toBe(true);
    expect(selectorMatches('api › GET GET /users', key)).toBe(true);
    expect(selectorMatches('GET /us*', key)).toBe(true);
    expect(selectorMatches('GET /orders', key)).toBe(false);
    expect(selectorMatches('*', key)).toBe(true);
  });
});

describe('profile and profile-command', () => {
  const base = { script: 'load.js', start: 'node server.js' };

  it('default to profiling on a regression with the built-in Node profiler', () => {
    expect(readActionConfig(inputs(base)).profiling).toEqual({ mode: 'on-regression' });
    expect(
      readActionConfig(
        inputs({ ...base, profile: 'always', 'profile-command': 'py-spy record -p {pid} -o {out}' }),
      ).profiling,
    ).toEqual({ mode: 'always', command: 'py-spy record -p {pid} -o {out}' });
  });

  it('refuses a bad mode, a command without {out}, a command with profile: never or without start, naming the input', () => {
    expect(() => readActionConfig(inputs({ ...base, profile: 'sometimes' }))).toThrow(
      /input 'profile'.*sometimes/,
    );
    expect(() => readActionConfig(inputs({ ...base, 'profile-command': 'py-spy -p {pid}' }))).toThrow(
      /input 'profile-command': 'py-spy -p \{pid\}' must contain \{out\}/,
    );
    expect(() =>
      readActionConfig(inputs({ ...base, profile: 'never', 'profile-command': 'x {out}' })),
    ).toThrow(/input 'profile-command': not with input 'profile' never/);
    expect(() => readActionConfig(inputs({ script: 'load.js', 'profile-command': 'x {out}' }))).toThrow(
      /input 'profile-command': only with input 'start'/,
    );
  });
});

describe('design', () => {
  it('is unset by default (same-job where perf-gate runs both builds) and refuses what cannot be measured, naming the input', () => {
    expect(readActionConfig(inputs({ script: 'load.js', start: 'node s.js' })).design).toBeUndefined();
    expect(readActionConfig(inputs({ script: 'load.js', start: 'node s.js', design: 'cached' })).design).toBe(
      'cached',
    );
    expect(() => readActionConfig(inputs({ script: 'load.js', design: 'paired' }))).toThrow(
      /input 'design'.*paired/,
    );
    expect(() => readActionConfig(inputs({ script: 'load.js', design: 'same-job' }))).toThrow(
      /input 'design': same-job needs both builds: input 'start', or input 'baseline-target-url'/,
    );
    expect(() =>
      readActionConfig(
        inputs({
          script: 'load.js',
          design: 'cached',
          'target-url': 'http://127.0.0.1:1',
          'baseline-target-url': 'http://127.0.0.1:2',
        }),
      ),
    ).toThrow(/input 'design': cached, yet input 'baseline-target-url' is the base build/);
  });
});
