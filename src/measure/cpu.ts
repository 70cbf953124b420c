import * as os from 'node:os';
import { busyShare, machineTimes } from '../service/machine.ts';

/** CPU use during a measurement: the generator and the services share the runner, so the report says how. */
export interface CpuUse {
  cpuCount: number;
  /** share of all cores that were busy (anything: services, load generator, the rest) */
  machineBusy: number;
  /** share of ONE core this process used: the load generator itself when the engine is embedded */
  thisProcessOfOneCore: number;
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
  return {
    value,
    cpu: {
      cpuCount: os.cpus().length,
      machineBusy: busyShare(machineBefore, machineAfter),
      thisProcessOfOneCore: wallMicros > 0 ? (processUsed.user + processUsed.system) / wallMicros : 0,
    },
  };
}
