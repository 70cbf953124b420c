import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { diffProfiles, measureNoise, type ProfiledSide } from '../../src/profile/diff.ts';
import { readProfile } from '../../src/profile/read.ts';
import { tempDirs } from '../temp-dirs.ts';

const tempDir = tempDirs(afterAll);

const DIR = join(__dirname, '../fixtures/profiles');
const REQUESTS: Record<string, number> = JSON.parse(readFileSync(join(DIR, 'requests.json'), 'utf8'));
/** Reads bytes as a profile file of that name (in a fresh temporary folder). */
async function readBytes(bytes: Uint8Array, name: string) {
  const dir = tempDir('perf-gate-profile-');
  writeFileSync(join(dir, name), bytes);
  return readProfile(join(dir, name), { foldedSampleSeconds: 0.001 });
}

const side = async (name: string, file = `${name}.cpuprofile.gz`): Promise<ProfiledSide> => ({
  profile: await readProfile(join(DIR, file), { foldedSampleSeconds: 0.001 }),
  requests: REQUESTS[name] as number,
});

const GO_REQUESTS: Record<string, number> = JSON.parse(readFileSync(join(DIR, 'go-requests.json'), 'utf8'));
const goSide = async (name: string): Promise<ProfiledSide> => ({
  profile: await readProfile(join(DIR, `${name}.pb.gz`)),
  requests: GO_REQUESTS[name] as number,
});

describe('diffing real pprof profiles of a Go service (net/http/pprof, examples/go-service)', () => {
  it('names the hot-spot function first, far beyond the noise of an unchanged build', async () => {
    const noise = measureNoise(await goSide('go-unchanged-1'), await goSide('go-unchanged-2'));
    const [top] = diffProfiles(await goSide('go-unchanged-1'), await goSide('go-hotspot')).changes;
    expect(top?.frame).toMatchObject({
      name: 'main.checksumOrders',
      file: 'perfgate.example/goservice/main.go',
    });
    expect(top?.base.self).toBe(0);
    expect(top?.selfChange).toBeGreaterThan(2 * noise.selfPerRequest);
  });

  it('moves no function of an unchanged build by more than the noise measured on another pair', async () => {
    const noise = measureNoise(await goSide('go-unchanged-1'), await goSide('go-unchanged-2'));
    for (const other of ['go-unchanged-1', 'go-unchanged-2']) {
      const changes = diffProfiles(await goSide(other), await goSide('go-unchanged-3')).changes;
      const worst = Math.max(...changes.map((c) => Math.abs(c.selfChange)));
      expect(worst).toBeGreaterThan(0);
      expect(worst).toBeLessThanOrEqual(noise.selfPerRequest);
    }
  });
});

describe('diffing real V8 profiles of the example service', () => {
  it('names the hot-spot function first, far beyond the noise of an unchanged build', async () => {
    const noise = measureNoise(await side('unchanged-1'), await side('unchanged-2'));
    const [top] = diffProfiles(await side('unchanged-1'), await side('hotspot')).changes;
    expect(top?.key).toBe('spin examples/service/server.mjs:27');
    expect(top?.base.self).toBeLessThan(noise.selfPerRequest);
    expect(top?.selfChange).toBeGreaterThan(2 * noise.selfPerRequest);
    expect(top?.totalChange).toBeGreaterThanOrEqual(top?.selfChange as number);
  });

  it('moves no function of an unchanged build by more than the noise measured on another pair', async () => {
    const noise = measureNoise(await side('unchanged-1'), await side('unchanged-2'));
    expect(noise.statement).toMatch(/no function's self time by more than \d+(\.\d+)? µs per request/);
    for (const other of ['unchanged-1', 'unchanged-2']) {
      const changes = diffProfiles(await side(other), await side('unchanged-3')).changes;
      const worst = Math.max(...changes.map((c) => Math.abs(c.selfChange)));
      expect(worst).toBeGreaterThan(0);
      expect(worst).toBeLessThanOrEqual(noise.selfPerRequest);
    }
  });

  it('normalises per request: the same profile with twice the requests halves every time', async () => {
    const base = await side('unchanged-1');
    const [top] = diffProfiles(base, { ...base, requests: base.requests * 2 }).changes.slice(-1);
    expect(top?.pr.self).toBeCloseTo((top?.base.self as number) / 2, 12);
    expect(() => diffProfiles(base, { ...base, requests: 0 })).toThrow(
      /unchanged-1.cpuprofile.gz: the request count/,
    );
  });
});

describe('reading each format', () => {
  it.each(['hotspot.folded', 'hotspot.speedscope.json', 'hotspot.pb.gz'])(
    '%s gives the same ranking as the .cpuprofile it was converted from',
    async (file) => {
      const v8 = diffProfiles(await side('unchanged-1'), await side('hotspot')).changes.slice(0, 3);
      const other = diffProfiles(await side('unchanged-1'), await side('hotspot', file)).changes.slice(0, 3);
      expect(other.map((c) => c.key)).toEqual(v8.map((c) => c.key));
      // folded rounds to whole 1 ms samples; the others keep the times
      for (const [i, c] of other.entries()) expect(c.selfChange).toBeCloseTo(v8[i]?.selfChange as number, 4);
    },
  );

  it('reads a speedscope evented profile', async () => {
    const evented = {
      shared: {
        frames: [
          { name: 'main', file: 'a.js', line: 1 },
          { name: 'work', file: 'a.js', line: 5 },
        ],
      },
      profiles: [
        {
          type: 'evented',
          unit: 'milliseconds',
          startValue: 0,
          endValue: 10,
          events: [
            { type: 'O', at: 0, frame: 0 },
            { type: 'O', at: 2, frame: 1 },
            { type: 'C', at: 9, frame: 1 },
            { type: 'C', at: 10, frame: 0 },
          ],
        },
      ],
    };
    const p = await readBytes(Buffer.from(JSON.stringify(evented)), 'ev.json');
    const { changes } = diffProfiles({ profile: p, requests: 1 }, { profile: p, requests: 1 });
    expect(changes.find((c) => c.frame.name === 'work')?.base.self).toBeCloseTo(0.007, 9);
    expect(changes.find((c) => c.frame.name === 'main')?.base.total).toBeCloseTo(0.01, 9);
  });

  it.each([
    ['empty.cpuprofile', '', /empty.cpuprofile: the profile is empty/],
    ['bad.json', '{"nodes": [', /bad.json: invalid JSON/],
    [
      'odd.cpuprofile',
      '{"nodes": [], "samples": [1], "timeDeltas": []}',
      /odd.cpuprofile: samples \(1\) and timeDeltas \(0\)/,
    ],
    [
      'x.speedscope.json',
      '{"shared":{"frames":[]},"profiles":[{"type":"sampled","unit":"bytes","samples":[],"weights":[]}]}',
      /x.speedscope.json: profile 0 is in 'bytes'/,
    ],
    ['stacks.folded', 'a;b 3\nnot a count\n', /stacks.folded: line 2 is not/],
    [
      'junk.pb.gz',
      gzipSync(Buffer.from([0x0a, 0xff, 0xff, 0xff])),
      /junk.pb.gz: (not a pprof profile|no sample type is a time)/,
    ],
  ])('rejects %s with an error naming it', async (name, content, message) => {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    await expect(readBytes(bytes, name)).rejects.toThrow(message);
  });

  it('asks for the sampling interval of folded stacks instead of guessing it', async () => {
    await expect(readProfile(join(DIR, 'hotspot.folded'))).rejects.toThrow(
      /hotspot.folded: .*sampling interval/,
    );
  });
});
