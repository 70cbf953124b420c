import { gunzipSync } from 'node:zlib';
import { Profile as PprofProfile } from 'pprof-format';
import { type Frame, type Profile, ProfileFormatError, type WeightedStack } from './model.ts';

const SECONDS_PER_UNIT: Record<string, number> = {
  seconds: 1,
  milliseconds: 1e-3,
  microseconds: 1e-6,
  nanoseconds: 1e-9,
};

/** Sample types to weigh by, best first: CPU time, then wall time (Go's, pprof-nodejs's and async-profiler's names). */
const PREFERRED = ['cpu', 'wall', 'samples'];

/**
 * A pprof profile (gzipped or raw protobuf, as Go's /debug/pprof/profile, pprof-nodejs and perf_to_profile
 * write it), decoded with pprof-format. Weighs each sample by its CPU-time value; a profile that only counts
 * samples is weighed by count × period when the period is a time.
 */
export function readPprof(bytes: Uint8Array, source: string): Profile {
  let decoded: PprofProfile;
  try {
    const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    decoded = PprofProfile.decode(raw);
  } catch (e) {
    throw new ProfileFormatError(source, `not a pprof profile (${(e as Error).message})`);
  }
  const str = (i: number | bigint) => decoded.stringTable.strings[Number(i)] ?? '';
  const types = decoded.sampleType.map((t) => ({ type: str(t.type), unit: str(t.unit) }));
  const periodUnit = decoded.periodType ? str(decoded.periodType.unit) : '';
  const weighable = types
    .map((t, index) => {
      if (SECONDS_PER_UNIT[t.unit] !== undefined)
        return { index, scale: SECONDS_PER_UNIT[t.unit] as number, type: t.type };
      const periodScale = SECONDS_PER_UNIT[periodUnit];
      if (t.unit === 'count' && periodScale !== undefined)
        return { index, scale: periodScale * Number(decoded.period), type: t.type };
      return undefined;
    })
    .filter((w) => w !== undefined)
    .sort((a, b) => rank(a.type) - rank(b.type));
  const pick = weighable[0];
  if (!pick)
    throw new ProfileFormatError(
      source,
      `no sample type is a time (has ${types.map((t) => `${t.type}/${t.unit}`).join(', ') || 'none'})`,
    );

  const functions = new Map(decoded.function.map((f) => [Number(f.id), f]));
  const locations = new Map<number, Frame[]>();
  for (const loc of decoded.location) {
    // a location's lines run from the innermost inlined function out to the caller it was inlined into
    const frames = loc.line.map((l): Frame => {
      const fn = functions.get(Number(l.functionId));
      if (!fn)
        throw new ProfileFormatError(source, `location ${loc.id} refers to missing function ${l.functionId}`);
      return { name: str(fn.name) || '(unknown)', file: str(fn.filename), line: Number(l.line) };
    });
    if (frames.length === 0)
      frames.push({ name: `0x${BigInt(loc.address).toString(16)}`, file: '', line: 0 });
    locations.set(Number(loc.id), frames.reverse());
  }
  const stacks: WeightedStack[] = [];
  for (const sample of decoded.sample) {
    const value = Number(sample.value[pick.index] ?? 0);
    if (value === 0) continue;
    const frames: Frame[] = [];
    // locationId[0] is the leaf; the model wants the root first
    for (let i = sample.locationId.length - 1; i >= 0; i--) {
      const id = Number(sample.locationId[i]);
      const loc = locations.get(id);
      if (!loc) throw new ProfileFormatError(source, `a sample refers to missing location ${id}`);
      frames.push(...loc);
    }
    stacks.push({ frames, weight: value * pick.scale });
  }
  return { source, stacks };
}

function rank(type: string): number {
  const i = PREFERRED.indexOf(type);
  return i < 0 ? PREFERRED.length : i;
}
