import { type Frame, type Profile, ProfileFormatError, type WeightedStack } from './model.ts';

interface V8Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
  children?: number[];
}

/** The bookkeeping node at the top of V8's CPU and heap profile trees (not a function). */
export const V8_ROOT = '(root)';

/** A V8 call frame (CPU and heap profiles alike) as a frame of the model: 1-based line, a name always. */
export function v8Frame(callFrame: { functionName: string; url: string; lineNumber: number }): Frame {
  return {
    name: callFrame.functionName || '(anonymous)',
    file: callFrame.url,
    line: callFrame.lineNumber < 0 ? 0 : callFrame.lineNumber + 1,
  };
}

/** V8 samples that are not the program's CPU time: the thread was waiting. */
const IDLE = '(idle)';

function isV8Node(n: unknown): n is V8Node {
  if (typeof n !== 'object' || n === null) return false;
  const { id, callFrame } = n as Partial<V8Node>;
  return (
    typeof id === 'number' &&
    typeof callFrame === 'object' &&
    callFrame !== null &&
    typeof callFrame.functionName === 'string' &&
    typeof callFrame.url === 'string' &&
    typeof callFrame.lineNumber === 'number'
  );
}

/** Keep only the samples of every other slice of time: two such halves of one profile are two profiles of
 * the same build under the same load, whose difference is the noise of a diff. */
export interface AlternateSlices {
  sliceSeconds: number;
  /** 0: the first, third, … slice; 1: the second, fourth, … */
  parity: 0 | 1;
}

/**
 * A V8 `.cpuprofile` (node --cpu-prof, Chrome DevTools): a call tree of nodes, the node each sample hit, and
 * the microseconds between samples. A sample stands for the time until the next one (the last one for the
 * time until endTime), as DevTools counts it. Idle samples are dropped: they are not CPU time.
 */
export function readV8CpuProfile(data: unknown, source: string, slices?: AlternateSlices): Profile {
  const p = data as {
    nodes?: unknown;
    samples?: unknown;
    timeDeltas?: unknown;
    startTime?: unknown;
    endTime?: unknown;
  };
  if (!Array.isArray(p.nodes) || !Array.isArray(p.samples) || !Array.isArray(p.timeDeltas))
    throw new ProfileFormatError(source, 'not a V8 .cpuprofile: needs nodes, samples and timeDeltas arrays');
  if (p.samples.length !== p.timeDeltas.length)
    throw new ProfileFormatError(
      source,
      `samples (${p.samples.length}) and timeDeltas (${p.timeDeltas.length}) differ in length`,
    );
  const nodes = new Map<number, V8Node>();
  for (const n of p.nodes) {
    if (!isV8Node(n))
      throw new ProfileFormatError(source, 'a node lacks id or callFrame {functionName, url, lineNumber}');
    nodes.set(n.id, n);
  }
  const parents = new Map<number, number>();
  for (const n of nodes.values()) for (const c of n.children ?? []) parents.set(c, n.id);

  const stackCache = new Map<number, Frame[]>();
  const stackOf = (id: number): Frame[] => {
    const cached = stackCache.get(id);
    if (cached) return cached;
    const frames: Frame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at) ?? nodes.get(at)?.parent) {
      const node = nodes.get(at);
      if (!node) throw new ProfileFormatError(source, `sample or parent refers to missing node ${at}`);
      // the root node is a bookkeeping node, not a function
      if (node.callFrame.functionName === V8_ROOT) break;
      frames.push(v8Frame(node.callFrame));
      if (frames.length > nodes.size) throw new ProfileFormatError(source, 'the call tree has a cycle');
    }
    frames.reverse();
    stackCache.set(id, frames);
    return frames;
  };

  const times: number[] = [];
  let t = typeof p.startTime === 'number' ? p.startTime : 0;
  for (const d of p.timeDeltas) {
    if (typeof d !== 'number' || !Number.isFinite(d))
      throw new ProfileFormatError(source, 'a timeDelta is not a number');
    t += d;
    times.push(t);
  }
  const end = typeof p.endTime === 'number' ? p.endTime : t;
  const weights = new Map<number, number>();
  p.samples.forEach((id, i) => {
    if (typeof id !== 'number') throw new ProfileFormatError(source, 'a sample is not a node id');
    const next = i + 1 < times.length ? (times[i + 1] as number) : end;
    const micros = Math.max(0, next - (times[i] as number));
    if (
      slices &&
      Math.floor(((times[i] as number) - (times[0] as number)) / (slices.sliceSeconds * 1e6)) % 2 !==
        slices.parity
    )
      return;
    weights.set(id, (weights.get(id) ?? 0) + micros);
  });

  const stacks: WeightedStack[] = [];
  for (const [id, micros] of weights) {
    const frames = stackOf(id);
    if (frames.length === 0 || micros === 0 || frames[frames.length - 1]?.name === IDLE) continue;
    stacks.push({ frames, weight: micros / 1e6 });
  }
  return { source, stacks };
}
