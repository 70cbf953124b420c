import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const CGROUP_ROOT = '/sys/fs/cgroup';

/** One look at a cgroup v2: its CPU so far, memory now, and the kernel's peak (memory.peak, kernel ≥ 5.19). */
export interface CgroupReading {
  cpuSeconds: number;
  memoryBytes: number;
  peakBytes?: number;
}

/** `usage_usec` of a cgroup v2 cpu.stat, in seconds. */
function parseCpuStat(text: string): number {
  const m = /^usage_usec (\d+)$/m.exec(text);
  if (!m) throw new Error('cpu.stat has no usage_usec line (not a cgroup v2 cpu controller)');
  return Number(m[1]) / 1e6;
}

export async function readCgroup(dir: string): Promise<CgroupReading> {
  const read = (name: string) => readFile(join(dir, name), 'utf8');
  const [cpu, current] = await Promise.all([read('cpu.stat'), read('memory.current')]);
  const peak = await read('memory.peak').catch(() => undefined);
  return {
    cpuSeconds: parseCpuStat(cpu),
    memoryBytes: Number(current.trim()),
    ...(peak !== undefined ? { peakBytes: Number(peak.trim()) } : {}),
  };
}

/** The cgroup v2 path of a process: the `0::/…` line of /proc/<pid>/cgroup, under /sys/fs/cgroup. */
function cgroupDirOf(procCgroup: string): string {
  const line = procCgroup.split('\n').find((l) => l.startsWith('0::'));
  if (line === undefined) throw new Error('no cgroup v2 entry (0::) in /proc/<pid>/cgroup: cgroup v1 host?');
  return join(CGROUP_ROOT, line.slice(3).trim());
}

/**
 * The cgroup directory of a container, from its name or id (through `docker inspect`, the container's main
 * pid, and that pid's cgroup), or a cgroup directory given directly (a path under /sys/fs/cgroup).
 */
export async function containerCgroup(container: string, input: string): Promise<string> {
  if (container.startsWith(`${CGROUP_ROOT}/`)) return container;
  let pid: string;
  try {
    ({ stdout: pid } = await exec('docker', ['inspect', '--format', '{{.State.Pid}}', container]));
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${input}: docker inspect ${container} failed: ${(e.stderr ?? e.message).trim()}`);
  }
  if (!/^[1-9]\d*$/.test(pid.trim()))
    throw new Error(`${input}: container '${container}' is not running (pid ${pid.trim() || 'unknown'})`);
  return cgroupDirOf(await readFile(`/proc/${pid.trim()}/cgroup`, 'utf8'));
}
