import { readFile } from 'node:fs/promises';
import { containerCgroup } from './cgroup.ts';
import { cgroupSource, processTreeSource, type ResourceSource } from './monitor.ts';

/** A service the workflow started itself, whose resources perf-gate reads: by pid, pid file or container. */
export type ResourceTarget =
  | { kind: 'pid'; pid: number; input: string }
  | { kind: 'pid-file'; path: string; input: string }
  | { kind: 'container'; container: string; input: string };

/** `1234` is a pid, anything else the path of a pid file. */
export function parsePidTarget(input: string, raw: string): ResourceTarget {
  return /^\d+$/.test(raw)
    ? { kind: 'pid', pid: Number(raw), input }
    : { kind: 'pid-file', path: raw, input };
}

async function pidOf(target: Extract<ResourceTarget, { kind: 'pid' | 'pid-file' }>): Promise<number> {
  let pid: number;
  if (target.kind === 'pid') pid = target.pid;
  else {
    let text: string;
    try {
      text = await readFile(target.path, 'utf8');
    } catch (error) {
      throw new Error(
        `${target.input}: cannot read the pid file ${target.path}: ${(error as NodeJS.ErrnoException).code}`,
      );
    }
    pid = Number(text.trim());
    if (!/^\d+$/.test(text.trim()))
      throw new Error(`${target.input}: the pid file ${target.path} holds '${text.trim()}', not a pid`);
  }
  try {
    await readFile(`/proc/${pid}/stat`);
  } catch {
    throw new Error(`${target.input}: no process ${pid} is running (read from /proc/${pid}/stat)`);
  }
  return pid;
}

/** Where the resources of a target are read from; errors name the input. */
export async function sourceFor(target: ResourceTarget): Promise<ResourceSource> {
  if (target.kind === 'container') return cgroupSource(await containerCgroup(target.container, target.input));
  return processTreeSource(await pidOf(target));
}
