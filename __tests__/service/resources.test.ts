import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceOptions } from '../../examples/service/server.mjs';
import { memoryLogger } from '../../src/engine/logger.ts';
import { createMeasurer, type Measurer } from '../../src/measure/measurer.ts';
import { measureAsConfigured } from '../../src/measure/plan.ts';
import { measuredRequests, type RunResult } from '../../src/results/types.ts';
import { processTreeSource } from '../../src/service/monitor.ts';
import { bottleneckLine, summarizeResources } from '../../src/stats/bottleneck.ts';
import { type ServiceProcess, startServiceProcess } from '../examples/service-process.ts';
import { tempDirs } from '../temp-dirs.ts';

const tempDir = tempDirs(afterAll);

/**
 * The service's CPU and memory measured from /proc while real load runs against the example service in a
 * process of its own: checked against the kernel's own accounting of that process, and the bottleneck
 * sentence checked for a CPU-bound, a sleeping and a leaking service.
 */
let measurer: Measurer;
let service: ServiceProcess | undefined;

beforeAll(async () => {
  const scenario = join(tempDir('perf-gate-resources-'), 'scenario.yml');
  writeFileSync(
    scenario,
    [
      'name: api',
      'baseUrl: http://127.0.0.1:1',
      'load: { model: open, rate: 100, duration: 1.5s, maxInFlight: 100 }',
      'requests:',
      '  - { name: GET /users, method: GET, path: /users }',
      '  - { name: GET /orders, method: GET, path: /orders }',
    ].join('\n'),
  );
  measurer = await createMeasurer('embedded', {
    script: scenario,
    warmupSeconds: 0,
    outDir: tmpdir(),
    logger: memoryLogger(),
    k6: { flags: [], timeoutSeconds: 60, env: {}, targetEnv: 'BASE_URL' },
  });
});

afterEach(async () => {
  await service?.stop();
  service = undefined;
});

/** /proc/<pid>/stat utime + stime in seconds, read here independently of src/service/proc.ts. */
function kernelCpu(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function kernelHwm(pid: number): number {
  return Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
}

async function measure(options: ServiceOptions): Promise<{ run: RunResult; pid: number; cpu: number }> {
  service = await startServiceProcess({ label: 'service', service: options });
  const pid = service.pid;
  const before = kernelCpu(pid);
  const measurement = await measureAsConfigured(measurer, {
    targetUrl: service.url,
    runs: 1,
    seed: 1,
    watch: {
      sources: { pr: processTreeSource(pid) },
      generator: processTreeSource(process.pid, () => new Set([pid])),
    },
  });
  return { run: measurement.candidate[0]!, pid, cpu: kernelCpu(pid) - before };
}

const lineOf = (run: RunResult) => bottleneckLine(summarizeResources([run])!, cpus().length);

describe('service resources from /proc', () => {
  it('CPU per request of a service spinning 1 ms a request matches the kernel’s accounting within 5%', async () => {
    const { run, cpu } = await measure({ cpuMs: 1 });
    const requests = measuredRequests(run).requests;
    const measured = (run.service!.cpuSeconds * 1000) / requests;
    const kernel = (cpu * 1000) / requests;
    expect(measured / kernel).toBeGreaterThan(0.95);
    expect(measured / kernel).toBeLessThan(1.05);
    // the spin is 1 ms of wall time; on a busy machine part of it may be spent waiting for a CPU
    expect(measured).toBeGreaterThan(0.3);
    expect(measured).toBeLessThan(5);
    // the runner's busy share over the same window holds at least what the service itself kept busy
    const service = run.service!;
    expect(service.machineBusy).toBeLessThanOrEqual(1);
    expect(service.machineBusy).toBeGreaterThan(
      (0.9 * service.cpuSeconds) / (service.seconds * cpus().length),
    );
    // second by second (a 1.5 s run holds one or two whole seconds; cpu-by-second.test.ts has the arithmetic):
    // consecutive seconds inside the window, none using more than every core, adding up to no more than it
    const bySecond = service.cpuBySecond!;
    expect(bySecond.length).toBeGreaterThanOrEqual(Math.floor(service.seconds) - 1);
    expect(bySecond.length).toBeLessThanOrEqual(Math.ceil(service.seconds));
    expect(bySecond.map(([t]) => t)).toEqual(bySecond.map((_, i) => bySecond[0]![0] + i));
    for (const [, c] of bySecond) expect(c).toBeLessThanOrEqual(cpus().length + 0.01);
    expect(bySecond.reduce((a, [, c]) => a + c, 0)).toBeLessThanOrEqual(service.cpuSeconds + 1e-9);
  });

  it('a leaking service: peak RSS within 5% of VmHWM, and the bottleneck line says memory grows', async () => {
    const { run, pid } = await measure({ leakKb: 64 });
    const hwm = kernelHwm(pid);
    expect(run.service!.peakRssBytes / hwm).toBeGreaterThan(0.95);
    expect(run.service!.peakRssBytes / hwm).toBeLessThan(1.05);
    expect(run.service!.rssGrowthBytesPerSecond).toBeGreaterThan(1024 * 1024);
    expect(lineOf(run)).toMatch(/^memory growing: RSS \+[\d.]+ MB\/s over the run/);
  });

  it('a CPU-bound service is named by its CPU (CPU-bound, or short of CPU on a busy machine); a sleeping one waiting', async () => {
    const bound = await measure({ cpuMs: 10 });
    // always runnable: CPU-bound when it got 40% of a core or more, short of CPU when a busy machine gave it
    // less (38% was seen beside a JMeter run); the thresholds are pinned in __tests__/stats/bottleneck.test.ts
    expect(lineOf(bound.run)).toMatch(/^(CPU-bound|short of CPU): service at [\d.]+ of \d+ cores/);
    await service?.stop();
    const sleeping = await measure({ delayMs: 40 });
    expect(lineOf(sleeping.run)).toMatch(/^waiting: service CPU \d+% of a core while a request took/);
  });
});
