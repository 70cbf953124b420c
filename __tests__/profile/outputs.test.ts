import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { diffProfiles, measureNoise, type ProfiledSide } from '../../src/profile/diff.ts';
import { renderDiffFlameGraph } from '../../src/profile/flame.ts';
import type { Profile } from '../../src/profile/model.ts';
import { readProfile } from '../../src/profile/read.ts';
import { renderWhereTheTimeWent } from '../../src/profile/table.ts';

const DIR = join(__dirname, '../fixtures/profiles');
const REQUESTS: Record<string, number> = JSON.parse(readFileSync(join(DIR, 'requests.json'), 'utf8'));
const side = async (name: string): Promise<ProfiledSide> => ({
  profile: await readProfile(join(DIR, `${name}.cpuprofile.gz`)),
  requests: REQUESTS[name] as number,
});

describe('the "Where the time went" table', () => {
  it('names the hot-spot function first, base → PR per request, and states the noise', async () => {
    const base = await side('unchanged-1');
    const table = renderWhereTheTimeWent(
      diffProfiles(base, await side('hotspot')),
      measureNoise(base, await side('unchanged-2')),
    );
    const rows = table.split('\n').filter((l) => l.startsWith('| <code>'));
    expect(rows.length).toBeLessThanOrEqual(5);
    expect(rows[0]).toMatch(
      /^\| <code>spin<\/code> <sub>examples\/service\/server.mjs:27<\/sub> \| 0\.00 µs → \d/,
    );
    expect(rows[0]).toMatch(/\| \+\d+(\.\d+)? ms \|$/);
    expect(table).toMatch(/Two profiles of the same build moved no function's self time by more than/);
  });

  it('escapes function names and files from the profile like every user-supplied string', () => {
    const evil: Profile = {
      source: 'evil',
      stacks: [{ frames: [{ name: 'a|b <img src=x> @team', file: 'x`y.js', line: 3 }], weight: 1 }],
    };
    const empty: Profile = { source: 'empty', stacks: [] };
    const table = renderWhereTheTimeWent(
      diffProfiles({ profile: empty, requests: 1 }, { profile: evil, requests: 1 }),
      measureNoise({ profile: empty, requests: 1 }, { profile: empty, requests: 1 }),
    );
    expect(table).toContain('a&#124;b &#60;img src=x&#62; @\u200dteam');
    expect(table).toContain('x&#96;y.js:3');
    expect(table).not.toContain('<img');
  });
});

describe('the differential flame graph', () => {
  it('is one small self-contained SVG, red where the PR spends more', async () => {
    const svg = renderDiffFlameGraph(await side('unchanged-1'), await side('hotspot'), 'api: base vs PR');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<script|href=|url\(/);
    expect(Buffer.byteLength(svg)).toBeLessThan(500_000);
    // spin's busy loop runs in performance.now(), the box above spin's
    const boxes = [...svg.matchAll(/<title>now — [^<]*<\/title><rect [^>]*fill="rgb\((\d+),(\d+),(\d+)\)"/g)];
    expect(boxes.length).toBeGreaterThan(0);
    // the reddest of its boxes: the one under spin
    const [r, g] = [240, Math.min(...boxes.map((m) => Number(m[2])))];
    expect(boxes.some((m) => Number(m[1]) === r)).toBe(true);
    expect(r).toBeGreaterThan(g + 100);
  });
});

describe('profile fixtures and outputs', () => {
  /** Values of this process's environment long enough not to occur by chance, and the recording's canary. */
  const secrets = [
    // npm_* variables are the package's own metadata (its name appears in the files on purpose)
    ...Object.entries(process.env)
      .filter(([k, v]) => !k.startsWith('npm_') && typeof v === 'string' && v.length >= 8 && !/^\d+$/.test(v))
      .map(([, v]) => v as string),
    'perf-gate-canary-3f9a1c7e',
  ];

  it('contain no environment values', async () => {
    const texts = readdirSync(DIR).map((f) => {
      const bytes = readFileSync(join(DIR, f));
      return f.endsWith('.cpuprofile.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('latin1');
    });
    const base = await side('unchanged-1');
    const pr = await side('hotspot');
    texts.push(
      renderDiffFlameGraph(base, pr, 'x'),
      renderWhereTheTimeWent(diffProfiles(base, pr), measureNoise(base, base)),
    );
    for (const text of texts)
      for (const secret of secrets) expect(text.includes(secret), secret.slice(0, 3)).toBe(false);
  });
});
