import { type Frame, type Profile, ProfileFormatError, type WeightedStack } from './model.ts';

const SECONDS_PER_UNIT: Record<string, number> = {
  seconds: 1,
  milliseconds: 1e-3,
  microseconds: 1e-6,
  nanoseconds: 1e-9,
};

interface SpeedscopeFrame {
  name: string;
  file?: string;
  line?: number;
}

/**
 * A speedscope file (https://www.speedscope.app/file-format-schema.json): shared frames, then profiles that
 * are either sampled (stacks of frame indices with weights) or evented (open/close events on a timeline).
 * Every profile in the file (one per thread) counts; their units must be time.
 */
export function readSpeedscope(data: unknown, source: string): Profile {
  const file = data as { shared?: { frames?: unknown }; profiles?: unknown };
  if (!Array.isArray(file.shared?.frames) || !Array.isArray(file.profiles))
    throw new ProfileFormatError(source, 'not a speedscope file: needs shared.frames and profiles');
  const frames: Frame[] = file.shared.frames.map((f: unknown, i: number) => {
    const sf = f as Partial<SpeedscopeFrame>;
    if (typeof sf?.name !== 'string') throw new ProfileFormatError(source, `frame ${i} has no name`);
    return {
      name: sf.name,
      file: typeof sf.file === 'string' ? sf.file : '',
      line: typeof sf.line === 'number' ? sf.line : 0,
    };
  });
  const frameAt = (i: unknown): Frame => {
    const frame = typeof i === 'number' ? frames[i] : undefined;
    if (!frame) throw new ProfileFormatError(source, `frame index ${String(i)} is out of range`);
    return frame;
  };
  const stacks: WeightedStack[] = [];
  for (const [n, raw] of file.profiles.entries()) {
    const profile = raw as { type?: unknown; unit?: unknown };
    const scale = SECONDS_PER_UNIT[String(profile.unit)];
    if (scale === undefined)
      throw new ProfileFormatError(
        source,
        `profile ${n} is in '${String(profile.unit)}', not a unit of time`,
      );
    if (profile.type === 'sampled') stacks.push(...sampled({ raw, scale, frameAt, source, n }));
    else if (profile.type === 'evented') stacks.push(...evented({ raw, scale, frameAt, source, n }));
    else
      throw new ProfileFormatError(
        source,
        `profile ${n} is of type '${String(profile.type)}', not sampled or evented`,
      );
  }
  return { source, stacks };
}

/** One profile of a speedscope file being read: its JSON, unit scale, frame lookup, and where it is. */
interface ProfileReading {
  raw: unknown;
  scale: number;
  frameAt: (i: unknown) => Frame;
  source: string;
  n: number;
}

function sampled({ raw, scale, frameAt, source, n }: ProfileReading): WeightedStack[] {
  const { samples, weights } = raw as { samples?: unknown; weights?: unknown };
  if (!Array.isArray(samples) || !Array.isArray(weights) || samples.length !== weights.length)
    throw new ProfileFormatError(source, `sampled profile ${n} needs samples and weights of equal length`);
  return samples.map((stack, i) => {
    if (!Array.isArray(stack))
      throw new ProfileFormatError(source, `sample ${i} of profile ${n} is not a list`);
    const w = weights[i];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0)
      throw new ProfileFormatError(source, `weight ${i} of profile ${n} is not a non-negative number`);
    return { frames: stack.map(frameAt), weight: w * scale };
  });
}

/** Evented: the time between two consecutive events belongs to the stack open in between. */
function evented({ raw, scale, frameAt, source, n }: ProfileReading): WeightedStack[] {
  const { events } = raw as { events?: unknown };
  if (!Array.isArray(events)) throw new ProfileFormatError(source, `evented profile ${n} has no events`);
  const open: Frame[] = [];
  const stacks: WeightedStack[] = [];
  let last: number | undefined;
  for (const [i, e] of events.entries()) {
    const { type, at, frame } = e as { type?: unknown; at?: unknown; frame?: unknown };
    if (typeof at !== 'number' || (last !== undefined && at < last))
      throw new ProfileFormatError(source, `event ${i} of profile ${n} has no time or goes back in time`);
    if (last !== undefined && at > last && open.length > 0)
      stacks.push({ frames: [...open], weight: (at - last) * scale });
    last = at;
    if (type === 'O') open.push(frameAt(frame));
    else if (type === 'C') {
      if (open.pop() !== frameAt(frame))
        throw new ProfileFormatError(
          source,
          `event ${i} of profile ${n} closes a frame that is not the innermost open one`,
        );
    } else throw new ProfileFormatError(source, `event ${i} of profile ${n} is neither O nor C`);
  }
  if (open.length > 0)
    throw new ProfileFormatError(source, `profile ${n} ends with ${open.length} frames still open`);
  return stacks;
}
