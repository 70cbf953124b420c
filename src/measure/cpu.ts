import * as os from 'node:os';

/** CPU use during a measurement: the generator and the services share the runner, so the report says how. */
export interface CpuUse {
  cpuCount: number;
  /** share of all cores that were busy (anything: services, load generator, the rest) */
  machineBusy: number;
  /** share of ONE core this process used: the load generator itself when the engine is embedded */
  thisProcessOfOneCore: number;
}

function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const t = cpu.times;
    const all = t.user + t.nice + t.sys + t.idle + t.irq;
    total += all;
    busy += all - t.idle;
  }
  return { busy, total };
}

/** Runs `fn` and reports the CPU use over its duration. */
export async function withCpuUse<T>(fn: () => Promise<T>): Promise<{ value: T; cpu: CpuUse }> {
  const machineBefore = machineTimes();
  const processBefore = process.cpuUsage();
  const started = performance.now();
  const value = await fn();
  const wallMicros = (performance.now() - started) * 1000;
  const processUsed = process.cpuUsage(processBefore);
  const machineAfter = machineTimes();
  const total = machineAfter.total - machineBefore.total;
  return {
    value,
    cpu: {
      cpuCount: os.cpus().length,
      machineBusy: total > 0 ? (machineAfter.busy - machineBefore.busy) / total : 0,
      thisProcessOfOneCore: wallMicros > 0 ? (processUsed.user + processUsed.system) / wallMicros : 0,
    },
  };
}
