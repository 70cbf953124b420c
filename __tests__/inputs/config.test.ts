import { describe, expect, it } from 'vitest';
import type { InputName } from '../../src/constants.ts';
import { readActionConfig, secretsOf } from '../../src/inputs/config.ts';
import { InvalidInputsError } from '../../src/inputs/errors.ts';
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

describe('every input, read', () => {
  it('without inputs but the script: every default', () => {
    expect(readActionConfig(inputs({ script: 'load/api.js' }))).toStrictEqual({
      mode: 'auto',
      script: 'load/api.js',
      results: [],
      engine: 'k6',
      runs: 3,
      maxRuns: 15,
      warmupSeconds: 0,
      loadModel: undefined,
      targetUrl: undefined,
      baselineTargetUrl: undefined,
      design: undefined,
      profiling: { mode: 'on-regression', command: undefined },
      resources: { pr: undefined, base: undefined },
      env: {},
      secrets: [],
      targetEnv: 'BASE_URL',
      k6: { version: undefined, path: undefined, downloadUrl: undefined, flags: [], timeoutSeconds: 600 },
      tools: { jmeterPath: undefined, locustPath: undefined, flags: [] },
      tolerances: [],
      slos: [],
      familyConfidence: undefined,
      maxBaselineCv: undefined,
      maxErrorRate: 0.05,
      onInconclusive: 'neutral',
      failOnRegression: true,
      scenarioId: 'load-api',
      baselineBranch: undefined,
      historySize: 30,
      strictEnvironment: false,
      checkName: 'perf-gate',
      comment: true,
      trackDrift: true,
      token: '',
      seed: undefined,
      reportDir: undefined,
    });
  });

  it('every input given: each lands in its own field', () => {
    const c = readActionConfig(
      inputs({
        mode: 'baseline',
        script: 'plan.jmx',
        results: 'out/a\n\nout/b',
        engine: 'auto',
        runs: '4',
        'max-runs': '6',
        warmup: '5s',
        'load-model': 'closed',
        'target-url': 'http://127.0.0.1:9/',
        'baseline-target-url': 'http://127.0.0.1:10',
        design: 'same-job',
        profile: 'never',
        'service-pid': '/run/pr.pid',
        'baseline-service-container': 'base-db',
        env: 'SESSION_ID=s1\nPASSWORD=\nPLAIN=x=y',
        'target-env': 'TARGET_1',
        'k6-version': 'v1.0.0',
        'k6-path': '/opt/k6',
        'k6-download-url': 'https://mirror.example/k6/',
        'k6-flags': '--quiet',
        'jmeter-path': '/opt/jmeter',
        'locust-path': '/opt/locust',
        'engine-flags': '-u 5',
        'run-timeout': '30s',
        'max-error-rate': '2%',
        'on-inconclusive': 'success',
        'fail-on-regression': 'no',
        'baseline-key': 'api.v2_x-1',
        'baseline-branch': 'develop',
        'history-size': '0',
        'strict-environment': 'yes',
        'check-name': 'perf (api)',
        comment: 'off',
        'track-drift': 'false',
        'github-token': ' ghs_abc ',
        seed: '4294967295',
        'report-dir': 'reports',
      }),
    );
    expect(c).toMatchObject({
      mode: 'baseline',
      results: ['out/a', 'out/b'],
      engine: 'jmeter',
      runs: 4,
      maxRuns: 6,
      warmupSeconds: 5,
      loadModel: 'closed',
      targetUrl: 'http://127.0.0.1:9',
      baselineTargetUrl: 'http://127.0.0.1:10',
      design: 'same-job',
      profiling: { mode: 'never' },
      resources: {
        pr: { kind: 'pid-file', path: '/run/pr.pid', input: 'service-pid' },
        base: { kind: 'container', container: 'base-db', input: 'baseline-service-container' },
      },
      env: { SESSION_ID: 's1', PASSWORD: '', PLAIN: 'x=y' },
      secrets: ['s1'],
      targetEnv: 'TARGET_1',
      k6: {
        version: 'v1.0.0',
        path: '/opt/k6',
        downloadUrl: 'https://mirror.example/k6',
        flags: ['--quiet'],
        timeoutSeconds: 30,
      },
      tools: { jmeterPath: '/opt/jmeter', locustPath: '/opt/locust', flags: ['-u', '5'] },
      maxErrorRate: 0.02,
      onInconclusive: 'success',
      failOnRegression: false,
      scenarioId: 'api.v2_x-1',
      baselineBranch: 'develop',
      historySize: 0,
      strictEnvironment: true,
      checkName: 'perf (api)',
      comment: false,
      trackDrift: false,
      token: 'ghs_abc',
      seed: 4294967295,
      reportDir: 'reports',
    });
    expect(secretsOf(c)).toEqual(['s1', 'ghs_abc']);
    expect(secretsOf({ secrets: ['s1'], token: '' })).toEqual(['s1']);
  });

  it('picks the engine from the script unless told, and the load model only when told', () => {
    const engine = (script: string, given = '') => readActionConfig(inputs({ script, engine: given })).engine;
    expect(engine('a.yaml')).toBe('embedded');
    expect(engine('a.YML')).toBe('embedded');
    expect(engine('a.json')).toBe('embedded');
    expect(engine('plan.JMX')).toBe('jmeter');
    expect(engine('locustfile.py')).toBe('locust');
    expect(engine('a.json.js')).toBe('k6');
    expect(engine('a.jmx.js')).toBe('k6');
    expect(engine('a.py.js')).toBe('k6');
    expect(engine('a.yml', 'k6')).toBe('k6');
    const model = (m: string) => readActionConfig(inputs({ script: 'a.js', 'load-model': m })).loadModel;
    expect(model('auto')).toBeUndefined();
    expect(model('open')).toBe('open');
  });

  it('derives the scenario id from the script path without its extension', () => {
    const scenarioId = (script: string) => readActionConfig(inputs({ script })).scenarioId;
    expect(scenarioId('perf.d/load')).toBe('perf-d-load');
    expect(scenarioId('--Load--.js')).toBe('load');
    expect(scenarioId('load  test.js')).toBe('load-test');
    expect(readActionConfig(inputs({ mode: 'report' }))).toMatchObject({ script: '', scenarioId: 'default' });
  });

  it('needs no script when results measured elsewhere are given', () => {
    expect(readActionConfig(inputs({ results: 'out/k6' })).results).toEqual(['out/k6']);
  });

  it('reads a pid as a pid, and a base container only beside a base build', () => {
    const c = readActionConfig(
      inputs({
        script: 'a.js',
        'target-url': 'http://127.0.0.1:1',
        'baseline-target-url': 'http://127.0.0.1:2',
        'service-container': 'pr-app',
        'baseline-service-pid': '123',
      }),
    );
    expect(c.resources).toEqual({
      pr: { kind: 'container', container: 'pr-app', input: 'service-container' },
      base: { kind: 'pid', pid: 123, input: 'baseline-service-pid' },
    });
  });

  it('a started service: its settings, defaults, and target-url as its template', () => {
    const started = (more: Partial<Record<InputName, string>>) =>
      readActionConfig(inputs({ script: 'a.js', start: 'node s.js', ...more }));
    const plain = started({});
    expect(plain.service).toEqual({
      start: 'node s.js',
      build: undefined,
      ready: { kind: 'port' },
      readyTimeoutSeconds: 60,
      workingDirectory: '.',
      urlTemplate: 'http://127.0.0.1:{port}',
    });
    expect(plain.targetUrl).toBeUndefined();
    const full = started({
      build: 'npm ci',
      ready: '/health',
      'ready-timeout': '2m',
      'working-directory': 'api',
      'target-url': 'http://localhost:{port}/v1',
    });
    expect(full.service).toEqual({
      start: 'node s.js',
      build: 'npm ci',
      ready: { kind: 'http', path: '/health' },
      readyTimeoutSeconds: 120,
      workingDirectory: 'api',
      urlTemplate: 'http://localhost:{port}/v1',
    });
    expect(full.targetUrl).toBeUndefined();
    expect(started({ ready: 'curl -f x' }).service?.ready).toEqual({ kind: 'command', command: 'curl -f x' });
  });
});

describe('problems with inputs that go together', () => {
  const problems = (values: Partial<Record<InputName, string>>) => {
    try {
      readActionConfig(inputs(values));
    } catch (error) {
      if (error instanceof InvalidInputsError) return error.problems;
      throw error;
    }
    return [];
  };

  it('service inputs only with start, except the default working directory', () => {
    expect(problems({ script: 'a.js', 'working-directory': '.' })).toEqual([]);
    expect(problems({ script: 'a.js', build: '.' })).toEqual(["input 'build': only with input 'start'"]);
    expect(problems({})).toEqual([
      "input 'script': required (a k6 script, a scenario file .yml/.json for the embedded engine, a JMeter plan .jmx or a locustfile .py)",
    ]);
    expect(problems({ script: 'a.js', build: 'make', ready: '/h', 'working-directory': 'api' })).toEqual([
      "input 'build': only with input 'start'",
      "input 'ready': only with input 'start'",
      "input 'working-directory': only with input 'start'",
    ]);
  });

  it('with start: target-url must hold {port}, and the base URL and pids are perf-gate’s own', () => {
    expect(
      problems({
        script: 'a.js',
        start: 'node s.js',
        'target-url': 'http://127.0.0.1:8080',
        'baseline-target-url': 'http://127.0.0.1:8081',
        'service-pid': '1',
        'baseline-service-pid': '2',
      }),
    ).toEqual([
      "input 'target-url': with input 'start' it must contain {port} (each side gets its own port)",
      "input 'baseline-target-url': not with input 'start' (perf-gate starts and watches the service)",
      "input 'service-pid': not with input 'start' (perf-gate starts and watches the service)",
      "input 'baseline-service-pid': not with input 'start' (perf-gate starts and watches the service)",
      "input 'baseline-target-url': needs input 'target-url' too (the PR build's URL)",
    ]);
  });

  it('a service by pid or by container, not both; a base service only in the same-job design', () => {
    expect(
      problems({
        script: 'a.js',
        'service-pid': '1',
        'service-container': 'c',
        'baseline-service-pid': '2',
      }),
    ).toEqual([
      "input 'service-container': give either it or input 'service-pid', not both",
      "input 'baseline-service-pid': the base build is measured only in the same-job design (with input 'baseline-target-url')",
    ]);
  });

  it('same-job with a started service is measurable; cached without a base URL too', () => {
    expect(problems({ script: 'a.js', start: 'node s.js', design: 'same-job' })).toEqual([]);
    expect(problems({ script: 'a.js', design: 'cached' })).toEqual([]);
    expect(
      problems({
        script: 'a.js',
        design: 'same-job',
        'target-url': 'http://127.0.0.1:1',
        'baseline-target-url': 'http://127.0.0.1:2',
      }),
    ).toEqual([]);
  });

  it('names invalid values of the env, variable, key, profile-command and range inputs', () => {
    expect(
      problems({
        script: 'a.js',
        env: 'GOOD=1\n1BAD=x',
        'target-env': 'BASE-URL',
        'baseline-key': '.hidden',
        'history-size': '1001',
        seed: '4294967296',
        'check-name': '  ',
      }),
    ).toEqual([
      "input 'env': '1BAD=…' is not NAME=VALUE with a valid variable name",
      "input 'target-env': 'BASE-URL' is not a variable name",
      "input 'baseline-key': '.hidden' may use only letters, digits, '.', '_' and '-'",
      "input 'history-size': '1001' is not a whole number from 0 to 1000",
      "input 'seed': '4294967296' is not a whole number from 0 to 4294967295",
    ]);
    expect(problems({ script: 'a.js', env: 'NOEQUALS' })).toEqual([
      "input 'env': 'NOEQUALS=…' is not NAME=VALUE with a valid variable name",
    ]);
    expect(problems({ script: 'a.js', env: 'A B=x' })).toEqual([
      "input 'env': 'A B=…' is not NAME=VALUE with a valid variable name",
    ]);
    expect(readActionConfig(inputs({ script: 'a.js', env: 'A =x' })).env).toEqual({ A: 'x' });
    expect(problems({ script: 'a.js', 'target-env': 'A B' })).toEqual([
      "input 'target-env': 'A B' is not a variable name",
    ]);
    expect(problems({ script: 'a.js', 'baseline-key': 'a/b' })).toEqual([
      "input 'baseline-key': 'a/b' may use only letters, digits, '.', '_' and '-'",
    ]);
  });

  it('names problems by the CLI flag when given its labels', () => {
    expect(() => readActionConfig(inputs({ script: 'a.js', runs: '0' }), (i) => `--${i}`)).toThrow(
      "--runs: '0' is not a whole number from 1 to 50",
    );
  });

  it('max-runs equal to runs is the planned runs alone', () => {
    expect(readActionConfig(inputs({ script: 'a.js', runs: '7', 'max-runs': '7' })).maxRuns).toBe(7);
  });
});
