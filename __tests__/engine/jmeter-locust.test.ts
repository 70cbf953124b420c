import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type RunningService, startService } from '../../examples/service/server.mjs';
import { planLoadModel, targetProperties } from '../../src/engine/jmeter/plan.ts';
import { prepareJmeter } from '../../src/engine/jmeter/runner.ts';
import { loadFlags, locustfileLoadModel } from '../../src/engine/locust/plan.ts';
import { prepareLocust } from '../../src/engine/locust/runner.ts';
import { memoryLogger } from '../../src/engine/logger.ts';
import { createMeasurer } from '../../src/measure/measurer.ts';
import { measureAsConfigured } from '../../src/measure/plan.ts';
import type { RunResult } from '../../src/results/types.ts';
import { tempDirs } from '../temp-dirs.ts';

const tempDir = tempDirs(afterAll);

const examples = resolve(import.meta.dirname, '../../examples');
const p50 = (runs: RunResult[], id: string) => runs[0]!.series.get(id)!.latency.quantile(0.5);

describe('what the engines read before running', () => {
  it('a JMeter plan is closed unless an element paces arrivals', () => {
    expect(
      planLoadModel('<ThreadGroup guiclass="x" testclass="ThreadGroup" testname="a" enabled="true">'),
    ).toEqual({
      loadModel: 'closed',
    });
    const paced =
      '<ConstantThroughputTimer guiclass="TestBeanGUI" testclass="ConstantThroughputTimer" testname="t" enabled="true">';
    expect(planLoadModel(paced)).toEqual({
      loadModel: 'open',
      reason: 'ConstantThroughputTimer paces arrivals, so the load model is open',
    });
    expect(planLoadModel(paced.replace('"true"', '"false"')).loadModel).toBe('closed');
    const element = (testclass: string) =>
      `<X guiclass="x" testclass="${testclass}" testname="t" enabled="true">`;
    const arrivals = element('com.blazemeter.jmeter.threads.arrivals.ArrivalsThreadGroup');
    const looping = element('ThreadGroup');
    expect(planLoadModel(arrivals).loadModel).toBe('open');
    expect(planLoadModel(`${element('SetupThreadGroup')}${arrivals}`).loadModel).toBe('open');
    // an arrivals group beside a looping one: part of the load is set, part is a result
    expect(planLoadModel(`${arrivals}${looping}`)).toMatchObject({ loadModel: 'unknown' });
    expect(planLoadModel(`${arrivals}${looping}${paced}`).loadModel).toBe('open');
  });

  it('the target URL becomes the properties the plan reads', () => {
    expect(targetProperties('https://pr-12.example.com/api/')).toEqual({
      protocol: 'https',
      host: 'pr-12.example.com',
      port: '443',
      basePath: '/api',
    });
    expect(targetProperties('http://127.0.0.1:3001')).toMatchObject({ port: '3001', basePath: '' });
  });

  it('Locust users are closed unless their wait time paces tasks; -u -r -t get defaults only when not given', () => {
    expect(locustfileLoadModel('wait_time = between(1, 2)')).toBe('closed');
    expect(locustfileLoadModel('    wait_time = constant_throughput(5)')).toBe('open');
    expect(locustfileLoadModel('wait_time = locust.wait_time.constant_pacing(2)')).toBe('open');
    // one user class paced, another looping: throughput is neither set nor a result
    const mixed =
      'class A(HttpUser):\n  wait_time = constant_pacing(1)\nclass B(HttpUser):\n  wait_time = between(0, 1)\n';
    expect(locustfileLoadModel(mixed)).toBe('unknown');
    expect(locustfileLoadModel('class A(HttpUser):\n  pass\n')).toBe('closed'); // Locust's default: no wait
    expect(loadFlags([])).toEqual(['-u', '10', '-r', '10', '-t', '30s']);
    expect(loadFlags(['-u', '3', '--run-time=5s'])).toEqual(['-r', '3']);
  });

  it("perf-gate's Locust module records the same rule from the user classes that ran", () => {
    // Debian's python3-locust is importable by the system Python only
    const printed = execFileSync('/usr/bin/python3', [
      '-c',
      [
        'import sys',
        `sys.path.insert(0, ${JSON.stringify(resolve(import.meta.dirname, '../../support'))})`,
        'import perf_gate_requests as p',
        'from locust import User, between, constant_pacing, constant_throughput',
        'class Paced(User): wait_time = constant_pacing(1)',
        'class Rate(User): wait_time = constant_throughput(2)',
        'class Loop(User): wait_time = between(0, 1)',
        'class Default(User): pass',
        'print(p._load_model([Paced, Rate]), p._load_model([Paced, Loop]), p._load_model([Loop, Default]))',
      ].join('\n'),
    ]).toString();
    expect(printed.trim()).toBe('open unknown closed');
  });

  it('a missing tool is an error that says what to install', async () => {
    await expect(prepareJmeter('plan.jmx', undefined, { PATH: '/nonexistent' })).rejects.toThrow(
      /jmeter was not found on PATH\. Install JMeter \(Debian\/Ubuntu: sudo apt-get install -y jmeter/,
    );
    await expect(prepareLocust('locustfile.py', '/no/such/locust')).rejects.toThrow(
      /locust not found at \/no\/such\/locust .*python3-locust/,
    );
  });
});

// Real runs of Debian's jmeter and locust (.ci/run installs them): one same-job pair, warm-up runs included.
// One case after another on purpose: run at once (40 → 24 s), the JVM's and Python's starts doubled this
// file's peak CPU, and in the fork beside it profile.test.ts's CPU-profile cases failed in 2 of 4 runs under
// load (0 of 2 with these cases sequential): the noise of a CPU profile grows with a neighbour's CPU.
describe('engine: jmeter and engine: locust, for real, in the same-job design', () => {
  let services: RunningService[] = [];
  afterEach(async () => {
    await Promise.all(services.map((s) => s.close()));
    services = [];
  });

  const sameJob = async (engine: 'jmeter' | 'locust', script: string, flags: string[]) => {
    const base = await startService({ delayMs: 3, seed: 1 });
    const pr = await startService({ delayMs: 3, seed: 2, slow: { path: '/users', extraMs: 60 } });
    services = [base, pr];
    const measurer = await createMeasurer(engine, {
      script,
      warmupSeconds: 0,
      outDir: tempDir(`perf-gate-${engine}-`),
      logger: memoryLogger(),
      k6: { flags: [], timeoutSeconds: 120, env: {}, targetEnv: 'BASE_URL' },
      tools: { flags },
    });
    const m = await measureAsConfigured(measurer, {
      targetUrl: pr.url,
      baselineTargetUrl: base.url,
      runs: 1,
      seed: 7,
    });
    return { measurer, m, base, pr };
  };

  it('jmeter: both builds measured through the plan, /users slower on the PR side', async () => {
    const { measurer, m, base, pr } = await sameJob('jmeter', join(examples, 'jmeter/api.jmx'), [
      '-Jduration=5',
      '-Jthreads=2',
    ]);
    expect(measurer).toMatchObject({ engine: 'jmeter', loadModel: 'closed' });
    expect(m.candidate[0]!.loadModelSource).toBe('jmeter-plan');
    for (const side of [m.baseline!, m.candidate]) {
      expect(side).toHaveLength(1);
      // a JVM on a busy machine may manage only a few iterations, but every run reaches /users
      expect(side[0]!.series.get('api › GET /users')!.requests).toBeGreaterThan(0);
    }
    // warm-up and measured runs reached each build
    expect(base.requests).toBeGreaterThan(m.baseline![0]!.series.get('api › GET /users')!.requests);
    expect(pr.requests).toBeGreaterThan(0);
    expect(p50(m.candidate, 'api › GET /users') - p50(m.baseline!, 'api › GET /users')).toBeGreaterThan(30);
  }, 240_000);

  it('locust: both builds measured at full fidelity through perf-gate’s module, /users slower on the PR side', async () => {
    // 4 s: at a load average of 15 a 2 s run ended before Locust had started its first user (nothing recorded)
    const { measurer, m } = await sameJob('locust', join(examples, 'locust/locustfile.py'), [
      '-u',
      '2',
      '-t',
      '4s',
    ]);
    expect(measurer).toMatchObject({ engine: 'locust', loadModel: 'closed' });
    expect(m.candidate[0]!.loadModelSource).toBe('locust-plan');
    for (const side of [m.baseline!, m.candidate]) {
      expect(side[0]!.fidelity).toBe('distribution');
      expect([...side[0]!.series.keys()].sort()).toEqual(['GET /orders', 'GET /users']);
    }
    expect(p50(m.candidate, 'GET /users') - p50(m.baseline!, 'GET /users')).toBeGreaterThan(30);
  }, 240_000);

  it('a locustfile that fails to load is an error quoting Locust, not a measured run', async () => {
    const dir = tempDir('perf-gate-locust-bad-');
    const bad = join(dir, 'broken.py');
    writeFileSync(bad, 'import no_such_module_here\n');
    await expect(sameJob('locust', bad, ['-u', '1', '-t', '1s'])).rejects.toThrow(
      /locust run \d\/1 wrote no results .*No module named 'no_such_module_here'/s,
    );
  }, 120_000);
});
