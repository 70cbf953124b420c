import { readdir, readFile } from 'node:fs/promises';

/**
 * Linux reports CPU times in /proc/<pid>/stat in clock ticks of USER_HZ, which is 100 on every architecture
 * Linux runs on today (it is fixed at compile time for user space, unlike the kernel's HZ).
 */
const USER_HZ = 100;

/** The fields of /proc/<pid>/stat perf-gate reads. */
export interface ProcStat {
  pid: number;
  ppid: number;
  /** user + system CPU seconds of the process itself */
  ownCpu: number;
  /** user + system CPU seconds of its children that exited and were reaped (waited for) */
  reapedChildrenCpu: number;
}

/** Parses /proc/<pid>/stat; the command name in parentheses may hold spaces and parentheses itself. */
export function parseStat(text: string): ProcStat {
  const close = text.lastIndexOf(')');
  const pid = Number.parseInt(text, 10);
  // fields after the name, numbered from 3 (state) as in proc(5)
  const rest = text.slice(close + 2).split(' ');
  const field = (n: number) => Number(rest[n - 3]);
  return {
    pid,
    ppid: field(4),
    ownCpu: (field(14) + field(15)) / USER_HZ,
    reapedChildrenCpu: (field(16) + field(17)) / USER_HZ,
  };
}

/** VmRSS and VmHWM (the kernel's high-water mark of the resident set) of /proc/<pid>/status, in bytes. */
export function parseStatusMemory(text: string): { rss: number; hwm: number } {
  const kb = (name: string) => {
    const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
    return m ? Number(m[1]) * 1024 : 0;
  };
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined; // the process exited between listing and reading
  }
}

/** Direct children of `pid`, from /proc/<pid>/task/<tid>/children (every thread's own list). */
async function childrenOf(pid: number): Promise<number[]> {
  let tasks: string[];
  try {
    tasks = await readdir(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const lists = await Promise.all(tasks.map((t) => readText(`/proc/${pid}/task/${t}/children`)));
  return lists.flatMap((l) =>
    (l ?? '')
      .split(' ')
      .filter((s) => s !== '')
      .map(Number),
  );
}

/** One look at a process tree: what every live member has used so far. */
export interface TreeReading {
  /** CPU seconds of every live member, each with its reaped children (so exited children count too) */
  cpuSeconds: number;
  rssBytes: number;
  /** per member pid: its VmHWM in bytes */
  hwm: Map<number, number>;
}

/** Reads the tree rooted at `root` (the root included), leaving out the subtrees of `exclude`. */
export async function readTree(root: number, exclude: ReadonlySet<number> = new Set()): Promise<TreeReading> {
  const reading: TreeReading = { cpuSeconds: 0, rssBytes: 0, hwm: new Map() };
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const [stat, status] = await Promise.all([
      readText(`/proc/${pid}/stat`),
      readText(`/proc/${pid}/status`),
    ]);
    if (stat === undefined || status === undefined) continue;
    const s = parseStat(stat);
    const memory = parseStatusMemory(status);
    reading.cpuSeconds += s.ownCpu + s.reapedChildrenCpu;
    reading.rssBytes += memory.rss;
    reading.hwm.set(pid, memory.hwm);
    for (const child of await childrenOf(pid)) if (!exclude.has(child)) pending.push(child);
  }
  return reading;
}
