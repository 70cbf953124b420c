import { type Frame, type Profile, ProfileFormatError, type WeightedStack } from './model.ts';

/** `name (file:line)`, as py-spy writes frames (and formatFolded below); anything else is a bare name. */
const LOCATED = /^(.*) \((.*):(\d+)\)$/;

function parseFrame(text: string): Frame {
  const m = LOCATED.exec(text);
  return m
    ? { name: m[1] as string, file: m[2] as string, line: Number(m[3]) }
    : { name: text, file: '', line: 0 };
}

/**
 * Folded stacks (Brendan Gregg's stackcollapse, py-spy --format raw, perf script | stackcollapse-perf):
 * one `root;caller;leaf count` per line. Counts are samples, so the sampling interval turns them into time.
 */
export function readFolded(text: string, source: string, sampleSeconds: number): Profile {
  if (!(sampleSeconds > 0))
    throw new ProfileFormatError(source, 'folded stacks need the sampling interval (> 0 s)');
  const stacks: WeightedStack[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trimEnd();
    if (line === '') continue;
    const space = line.lastIndexOf(' ');
    const count = Number(line.slice(space + 1));
    if (space <= 0 || !Number.isFinite(count) || count < 0 || line.slice(space + 1) === '')
      throw new ProfileFormatError(source, `line ${i + 1} is not 'frame;frame;frame count'`);
    stacks.push({ frames: line.slice(0, space).split(';').map(parseFrame), weight: count * sampleSeconds });
  }
  if (stacks.length === 0) throw new ProfileFormatError(source, 'no stacks');
  return { source, stacks };
}

const formatFrame = (f: Frame) => (f.file === '' ? f.name : `${f.name} (${f.file}:${f.line})`);

/** Writes a profile as folded stacks, counting samples of `sampleSeconds` (rounded to whole samples). */
export function formatFolded(profile: Profile, sampleSeconds: number): string {
  const counts = new Map<string, number>();
  for (const s of profile.stacks) {
    const key = s.frames.map((f) => formatFrame(f).replace(/;/g, ',')).join(';');
    counts.set(key, (counts.get(key) ?? 0) + s.weight);
  }
  return [...counts]
    .map(([stack, seconds]) => [stack, Math.round(seconds / sampleSeconds)] as const)
    .filter(([, n]) => n > 0)
    .map(([stack, n]) => `${stack} ${n}\n`)
    .join('');
}
