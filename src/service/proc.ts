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
function parseStat(text: string): ProcStat {
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
function parseStatusMemory(text: string): { rss: number; hwm: number } {
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

/** Seconds a thread waited on a run queue for a CPU: the 2nd field of /proc/<pid>/task/<tid>/schedstat (ns). */
function parseRunDelay(text: string): number {
  return Number(text.trim().split(/\s+/)[1] ?? 0) / 1e9;
}

/**
 * Direct children of `pid` (every thread's own list in /proc/<pid>/task/<tid>/children), and how long its
 * threads have waited for a CPU so far.
 */
async function tasksOf(pid: number): Promise<{ children: number[]; runDelay: number }> {
  let tasks: string[];
  try {
    tasks = await readdir(`/proc/${pid}/task`);
  } catch {
    return { children: [], runDelay: 0 };
  }
  const read = (t: string) =>
    Promise.all([readText(`/proc/${pid}/task/${t}/children`), readText(`/proc/${pid}/task/${t}/schedstat`)]);
  const per = await Promise.all(tasks.map(read));
  return {
    children: per.flatMap(([list]) =>
      (list ?? '')
        .split(' ')
        .filter((s) => s !== '')
        .map(Number),
    ),
    runDelay: per.reduce((a, [, sched]) => a + (sched === undefined ? 0 : parseRunDelay(sched)), 0),
  };
}

/** One look at a process tree: what every live member has used so far. */
export interface TreeReading {
  /** CPU seconds of every live member, each with its reaped children (so exited children count too) */
  cpuSeconds: number;
  /** seconds the live members' threads spent runnable but waiting for a CPU (schedstat run_delay) */
  runDelaySeconds: number;
  rssBytes: number;
  /** per member pid: its VmHWM in bytes */
  hwm: Map<number, number>;
}

/** Reads the tree rooted at `root` (the root included), leaving out the subtrees of `exclude`. */
export async function readTree(root: number, exclude: ReadonlySet<number> = new Set()): Promise<TreeReading> {
  const reading: TreeReading = { cpuSeconds: 0, runDelaySeconds: 0, rssBytes: 0, hwm: new Map() };
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
    const tasks = await tasksOf(pid);
    reading.runDelaySeconds += tasks.runDelay;
    for (const child of tasks.children) if (!exclude.has(child)) pending.push(child);
  }
  return reading;
}

/** Shells a start command runs in (`sh -c`), which a profiler should look through. */
const SHELLS = new Set(['sh', 'dash', 'bash', 'zsh', 'ash', 'busybox']);

/**
 * The process that is the service: from the start command's shell down through shells that have exactly
 * one child (`sh -c "node server.js"` when the shell did not exec), so a profiler attaches to the program.
 */
export async function serviceProcess(leader: number): Promise<number> {
  let pid = leader;
  for (let depth = 0; depth < 8; depth++) {
    const comm = (await readText(`/proc/${pid}/comm`))?.trim();
    if (comm === undefined || !SHELLS.has(comm)) return pid;
    const { children } = await tasksOf(pid);
    if (children.length !== 1) return pid;
    pid = children[0]!;
  }
  return pid;
}
