import { type Frame, functionKey, type Profile } from './model.ts';

/** One side of a comparison: its profile and how many requests it served while being profiled. */
export interface ProfiledSide {
  profile: Profile;
  requests: number;
}

/** Seconds per request a function spent running itself (self) and with its callees (total). */
export interface FunctionTime {
  self: number;
  total: number;
}

export interface FunctionChange {
  frame: Frame;
  key: string;
  base: FunctionTime;
  pr: FunctionTime;
  /** PR minus base self seconds per request: what the ranking is by */
  selfChange: number;
  totalChange: number;
}

export interface ProfileDiff {
  /** every function seen on either side, most added self time per request first */
  changes: FunctionChange[];
}

/** Frames of the runtime, not of the profiled program: builtins without a file and Node's own modules. */
const isRuntime = (f: Frame) => f.file === '' || f.file.startsWith('node:');

/**
 * The frame a sample's self time is charged to: the innermost frame of the program itself. Time in runtime
 * frames (`performance.now`, `writev`) is charged to the program code that called them, the code a reviewer
 * can change; a stack of runtime frames only (garbage collector, the HTTP parser) keeps its leaf.
 */
function selfFrame(frames: Frame[]): Frame | undefined {
  for (let i = frames.length - 1; i >= 0; i--) if (!isRuntime(frames[i] as Frame)) return frames[i];
  return frames[frames.length - 1];
}

function timesPerRequest(side: ProfiledSide): Map<string, { frame: Frame; time: FunctionTime }> {
  if (!(side.requests > 0))
    throw new Error(`${side.profile.source}: the request count must be positive to normalise per request`);
  const out = new Map<string, { frame: Frame; time: FunctionTime }>();
  const entry = (frame: Frame) => {
    const key = functionKey(frame);
    let e = out.get(key);
    if (!e) {
      e = { frame, time: { self: 0, total: 0 } };
      out.set(key, e);
    }
    return e;
  };
  for (const stack of side.profile.stacks) {
    const share = stack.weight / side.requests;
    const leaf = selfFrame(stack.frames);
    if (leaf) entry(leaf).time.self += share;
    // a recursive function counts once per stack in its total
    const seen = new Set<string>();
    for (const f of stack.frames) {
      const key = functionKey(f);
      if (seen.has(key)) continue;
      seen.add(key);
      entry(f).time.total += share;
    }
  }
  return out;
}

/** Self and total time per function per request, base vs PR, ranked by added self time per request. */
export function diffProfiles(base: ProfiledSide, pr: ProfiledSide): ProfileDiff {
  const b = timesPerRequest(base);
  const p = timesPerRequest(pr);
  const zero = { self: 0, total: 0 };
  const changes = [...new Set([...b.keys(), ...p.keys()])].map((key): FunctionChange => {
    const bt = b.get(key)?.time ?? zero;
    const pt = p.get(key)?.time ?? zero;
    return {
      frame: (p.get(key) ?? b.get(key))?.frame as Frame,
      key,
      base: bt,
      pr: pt,
      selfChange: pt.self - bt.self,
      totalChange: pt.total - bt.total,
    };
  });
  changes.sort((x, y) => y.selfChange - x.selfChange || x.key.localeCompare(y.key));
  return { changes };
}

/** How much an unchanged build's functions move between two of its profiles. */
export interface ProfileNoise {
  /** the largest change of any function's self time per request, in seconds */
  selfPerRequest: number;
  /** the function that moved most */
  key: string;
  statement: string;
}

/**
 * The noise of a profile diff, measured by diffing two profiles of the same build: no change smaller than
 * the largest move seen there can be told apart from sampling and scheduling chance.
 */
export function measureNoise(first: ProfiledSide, second: ProfiledSide): ProfileNoise {
  let worst: FunctionChange | undefined;
  for (const c of diffProfiles(first, second).changes)
    if (!worst || Math.abs(c.selfChange) > Math.abs(worst.selfChange)) worst = c;
  const selfPerRequest = Math.abs(worst?.selfChange ?? 0);
  return {
    selfPerRequest,
    key: worst?.key ?? '',
    statement:
      `Two profiles of the same build moved no function's self time by more than ${formatSeconds(selfPerRequest)} ` +
      'per request; smaller changes are noise.',
  };
}

/** Seconds as µs or ms with three significant digits ('12.3 µs', '1.05 ms'). */
export function formatSeconds(seconds: number): string {
  const abs = Math.abs(seconds);
  if (abs >= 1) return `${seconds.toPrecision(3)} s`;
  if (abs >= 1e-3) return `${(seconds * 1e3).toPrecision(3)} ms`;
  return `${(seconds * 1e6).toPrecision(3)} µs`;
}

/** Bytes as B, kB or MB with three significant digits ('512 B', '12.3 kB', '1.05 MB'). */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs >= 1e6) return `${(bytes / 1e6).toPrecision(3)} MB`;
  if (abs >= 1e3) return `${(bytes / 1e3).toPrecision(3)} kB`;
  return `${Math.round(bytes)} B`;
}
