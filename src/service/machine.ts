import * as os from 'node:os';

/** The runner's cores' cumulative times so far (ms, all cores together): busy with anything, and in all. */
export interface MachineTimes {
  busy: number;
  total: number;
}

export function machineTimes(): MachineTimes {
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

/** The share of all cores that were busy between two readings (0 when no time passed on their clock). */
export function busyShare(before: MachineTimes, after: MachineTimes): number {
  const total = after.total - before.total;
  return total > 0 ? (after.busy - before.busy) / total : 0;
}
