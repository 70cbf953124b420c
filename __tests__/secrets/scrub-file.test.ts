import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readK6Json } from '../../src/results/k6-json.ts';
import { maskRunSecrets } from '../../src/results/masked-names.ts';
import { scrubFile } from '../../src/secrets/scrub-file.ts';
import { K6_FIXTURES } from '../action/gate-harness.ts';

const SECRET = 'sk_live_4242SecretApiKeyValue';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'perf-gate-scrub-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('scrubFile', () => {
  it('masks a secret and its URL-encoded form, also where one straddles two 64 KiB read chunks', async () => {
    const pad = 'x'.repeat(65536 - 10); // the secret starts 10 bytes before the first chunk ends
    const text = `${pad}${SECRET} a=${encodeURIComponent('p@ss w/rd')} é\n`;
    const file = join(dir, 'run-1.json');
    writeFileSync(file, text);
    await scrubFile(file, [SECRET, 'p@ss w/rd']);
    expect(readFileSync(file, 'utf8')).toBe(`${pad}*** a=*** é\n`);
  });

  it('rewrites a gzipped file gzipped, and a gzip stream cut short as far as it goes', async () => {
    const whole = join(dir, 'run-1.json.gz');
    writeFileSync(whole, gzipSync(`{"url":"/users?api_key=${SECRET}"}\n`));
    await scrubFile(whole, [SECRET]);
    expect(gunzipSync(readFileSync(whole)).toString()).toBe('{"url":"/users?api_key=***"}\n');

    const cut = join(dir, 'run-2.json.gz');
    const lines = Array.from({ length: 2000 }, (_, i) => `{"i":${i},"k":"${SECRET}"}\n`).join('');
    const gz = gzipSync(lines);
    writeFileSync(cut, gz.subarray(0, Math.floor(gz.length / 2)));
    await scrubFile(cut, [SECRET]);
    const left = gunzipSync(readFileSync(cut)).toString();
    expect(left.length).toBeGreaterThan(0);
    expect(left).not.toContain(SECRET);
    expect(left.startsWith('{"i":0,"k":"***"}\n')).toBe(true);
  });

  it('leaves the file as it is with no secrets, and names the file when it cannot be read', async () => {
    const file = join(dir, 'run-1.json');
    writeFileSync(file, SECRET);
    await scrubFile(file, ['', '  ']);
    expect(readFileSync(file, 'utf8')).toBe(SECRET);
    await expect(scrubFile(join(dir, 'missing.json'), [SECRET])).rejects.toThrow(/missing\.json/);
  });
});

describe('maskRunSecrets on real k6 output', () => {
  it('masks the key in series named by URL and keeps every request', async () => {
    const run = await readK6Json(join(K6_FIXTURES, 'secret-in-url.json.gz'));
    const before = [...run.series.values()].reduce((a, s) => a + s.requests, 0);
    const masked = maskRunSecrets(run, [SECRET]);
    const names = [...masked.series.values()].map((s) => s.key.name);
    expect(names.some((n) => n.includes(SECRET))).toBe(false);
    expect(names).toContain('/users?api_key=***');
    expect([...masked.series.values()].reduce((a, s) => a + s.requests, 0)).toBe(before);
  });

  it('merges the series of one endpoint called with two keys (named like credentials, not declared)', async () => {
    const run = await readK6Json(join(K6_FIXTURES, 'secret-in-url.json.gz'));
    const [users] = [...run.series.values()].filter((s) => s.key.name.startsWith('/users'));
    const other = { ...users!, key: { ...users!.key, name: '/users?api_key=another' }, id: 'other' };
    const twice = { ...run, series: new Map([...run.series, ['other', other]]) };
    const masked = maskRunSecrets(twice, []);
    const merged = [...masked.series.values()].filter((s) => s.key.name.startsWith('/users'));
    expect(merged).toHaveLength(1);
    expect(merged[0]!.requests).toBe(2 * users!.requests);
  });
});
