import {
  Line,
  Location,
  Function as PprofFunction,
  Profile as PprofProfile,
  Sample,
  StringTable,
  ValueType,
} from 'pprof-format';
import { type Frame, functionKey, type Profile } from './model.ts';

/** Distinct frames of a profile, each with its index (first seen first). */
function frameIndex(profile: Profile): { frames: Frame[]; indexOf: (f: Frame) => number } {
  const index = new Map<string, number>();
  const frames: Frame[] = [];
  for (const s of profile.stacks)
    for (const f of s.frames) {
      const key = functionKey(f);
      if (!index.has(key)) {
        index.set(key, frames.length);
        frames.push(f);
      }
    }
  return { frames, indexOf: (f) => index.get(functionKey(f)) as number };
}

/** The profile as a speedscope file: one sampled profile, weights in seconds. */
export function formatSpeedscope(profile: Profile): object {
  const { frames, indexOf } = frameIndex(profile);
  const total = profile.stacks.reduce((sum, s) => sum + s.weight, 0);
  return {
    $schema: 'https://www.speedscope.app/file-format-schema.json',
    shared: {
      frames: frames.map((f) =>
        f.file === '' ? { name: f.name } : { name: f.name, file: f.file, line: f.line },
      ),
    },
    profiles: [
      {
        type: 'sampled',
        name: profile.source,
        unit: 'seconds',
        startValue: 0,
        endValue: total,
        samples: profile.stacks.map((s) => s.frames.map(indexOf)),
        weights: profile.stacks.map((s) => s.weight),
      },
    ],
    exporter: 'perf-gate',
  };
}

/** The profile as an (uncompressed) pprof protobuf with one cpu/nanoseconds sample type. */
export function formatPprof(profile: Profile): Uint8Array {
  const strings = new StringTable();
  const { frames, indexOf } = frameIndex(profile);
  // pprof ids start at 1; one function and one location per distinct frame
  const functions = frames.map(
    (f, i) =>
      new PprofFunction({
        id: i + 1,
        name: strings.dedup(f.name),
        systemName: strings.dedup(f.name),
        filename: strings.dedup(f.file),
        startLine: f.line,
      }),
  );
  const locations = frames.map(
    (f, i) => new Location({ id: i + 1, line: [new Line({ functionId: i + 1, line: f.line })] }),
  );
  const samples = profile.stacks.map(
    (s) =>
      new Sample({
        locationId: s.frames.map((f) => indexOf(f) + 1).reverse(),
        value: [Math.round(s.weight * 1e9)],
      }),
  );
  return new PprofProfile({
    sampleType: [new ValueType({ type: strings.dedup('cpu'), unit: strings.dedup('nanoseconds') })],
    sample: samples,
    location: locations,
    function: functions,
    stringTable: strings,
  }).encode();
}
