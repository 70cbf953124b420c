import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { readK6Json } from '../../src/results/k6-json.ts';
import { nameSeriesByTarget } from '../../src/results/request-name.ts';
import { makeRun } from '../baseline/fixtures.ts';
import { tempDir } from './helpers.ts';

// Real k6 v0.49 runs (see /work/shared/fixtures/k6-v0.49-pairs/README.md, closed-url): closed.js, 8 VUs, no
// `name` tags, so k6 names each request by its full URL, and every run listened on another port.
const root = fileURLToPath(new URL('../../', import.meta.url));
const closedUrl = (name: string) => join(root, '__tests__/fixtures/k6-v0.49-pairs/closed-url', name);
const arrival = (name: string) => join(root, '__tests__/fixtures/k6-v0.49', name);

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0);
/** k6 NDJSON of requests named by their full URL (k6's default `name` tag), n of each URL, one per 10 ms. */
function urlNamedRun(urls: Record<string, number>): string {
  const lines: string[] = [];
  let ms = 0;
  for (const [url, n] of Object.entries(urls)) {
    for (let i = 0; i < n; i++, ms += 10) {
      const tags = {
        group: '',
        method: 'GET',
        name: url,
        url,
        scenario: 'default',
        expected_response: 'true',
      };
      const data = (value: number) => ({ time: new Date(T0 + ms).toISOString(), value, tags });
      lines.push(JSON.stringify({ metric: 'http_reqs', type: 'Point', data: data(1) }));
      lines.push(JSON.stringify({ metric: 'http_req_duration', type: 'Point', data: data(5 + (i % 7)) }));
    }
  }
  return `${lines.join('\n')}\n`;
}

async function cli(args: string[]) {
  let out = '';
  const io = {
    out: (text: string) => {
      out += `${text}\n`;
    },
    err: () => undefined,
    stderr: new PassThrough(),
    env: {},
    cwd: root,
  };
  const code = await runCli(args, io, false);
  return { code, out };
}

describe('series named by URL (issue 10 item 8)', () => {
  const { write } = tempDir();
  const template = '/posts/$' + '{}'; // k6's http.url placeholder
  const names = (run: Awaited<ReturnType<typeof readK6Json>>) =>
    [...run.series.values()].map((s) => s.key.name).sort();

  it("drops only the target's origin: other hosts keep theirs, paths, queries and http.url templates stay", async () => {
    const file = write(
      'two-hosts.json',
      urlNamedRun({
        'http://127.0.0.1:3001/users?id=7': 30,
        [`http://127.0.0.1:3001${template}`]: 20,
        'http://127.0.0.1:3001': 5,
        'https://auth.example.com/token': 10,
      }),
    );
    // no target given: the origin most requests went to is the target, and the report says so
    const inferred = await readK6Json(file);
    expect(names(inferred)).toEqual(['/', template, '/users?id=7', 'https://auth.example.com/token'].sort());
    expect(inferred.warnings.join('\n')).toContain('series are named relative to http://127.0.0.1:3001');
    // a given target wins, even where fewer requests went
    const auth = await readK6Json(file, { targetUrl: 'HTTPS://Auth.Example.com:443' });
    expect(names(auth)).toContain('/token');
    expect(names(auth)).toContain('http://127.0.0.1:3001/users?id=7');
  });

  it('drops the base path of target-url, and only where a path segment ends', async () => {
    const run = await readK6Json(
      write(
        'base-path.json',
        urlNamedRun({
          'https://preview-42.example.com/pr-42/api/users': 10,
          'https://preview-42.example.com/pr-42/api?page=2': 10,
          'https://preview-42.example.com/pr-42/apiary': 10,
        }),
      ),
      { targetUrl: 'https://preview-42.example.com/pr-42/api/' },
    );
    expect(names(run)).toEqual(['/?page=2', '/pr-42/apiary', '/users']);

    // perf-gate compare: each side's own target (--baseline-target-url, --target-url), here one base path each
    const side = (preview: string) =>
      write(`${preview}.json`, urlNamedRun({ [`https://preview.example.com/${preview}/api/users`]: 40 }));
    const { out } = await cli([
      'compare',
      side('pr-41'),
      side('pr-42'),
      '--baseline-target-url',
      'https://preview.example.com/pr-41/api',
      '--target-url',
      'https://preview.example.com/pr-42/api',
      '--json',
    ]);
    const report = JSON.parse(out) as { comparison: { series: { key: { name: string } }[] } };
    // (the closed model's all-requests series, src/stats/scenario-totals.ts, judges the throughput)
    expect(report.comparison.series.map((s) => s.key.name)).toEqual(['(all requests)', '/users']);
  });

  it('compare says when the two sides share no series, with a few names of each', async () => {
    // real runs of two different scripts: k6's scenario 'default' (URL names) and the scenario 'api' (name tags)
    const { code, out } = await cli([
      'compare',
      closedUrl('base-1.json.gz'),
      arrival('arrival-base.json.gz'),
    ]);
    expect(code).toBe(3);
    expect(out).toContain('The baseline and the PR share no series, so nothing was compared');
    expect(out).toContain(
      "the baseline has 'default › browse › GET /users', 'default › checkout › POST /orders'",
    );
    expect(out).toContain("the PR has 'api › GET /orders', 'api › GET /users'");
    expect(out).not.toContain('Nothing could be gated');
  });

  it('matches the series of two real k6 runs recorded against different ports', async () => {
    const base = await readK6Json(closedUrl('base-1.json.gz'));
    const slower = await readK6Json(closedUrl('slower-1.json.gz'));
    const ids = (run: typeof base) => [...run.series.keys()].sort();
    expect(ids(base)).toEqual(['default › ::browse › GET /users', 'default › ::checkout › POST /orders']);
    expect(ids(slower)).toEqual(ids(base));
  });
});

describe('nameSeriesByTarget', () => {
  /** GET requests named as given (name → requests), renamed: the new names with their requests, and the warnings. */
  function named(requests: Record<string, number>, targetUrl?: string, sources = ['run.json']) {
    const run = makeRun({
      series: Object.entries(requests).map(([name, n]) => ({ name: `GET ${name}`, requests: n })),
    });
    run.sources = sources;
    const out = nameSeriesByTarget(run, targetUrl);
    return {
      names: Object.fromEntries([...out.series.values()].map((s) => [s.key.name, s.requests])),
      warnings: out.warnings,
    };
  }
  const AUTH = 'https://auth.example.com/token';

  it('matches the target whatever its default port, user info, query or trailing slashes', () => {
    expect(
      named({ 'http://example.com:80/users': 2, 'http://example.com/orders': 1 }, 'http://example.com'),
    ).toEqual({
      names: { '/users': 2, '/orders': 1 },
      warnings: [],
    });
    for (const target of [
      'https://ci:secret@preview.example.com/api',
      'https://preview.example.com/api?page=2',
      'https://preview.example.com/api#top',
      'https://preview.example.com/api//',
    ])
      expect(named({ 'https://preview.example.com/api/users': 3 }, target).names).toEqual({ '/users': 3 });
  });

  it('drops the base path only where the name goes on with a path, a query or nothing', () => {
    const { names } = named(
      {
        'https://preview.example.com/api': 1,
        'https://preview.example.com/api/users': 2,
        'https://preview.example.com/web/users': 4,
        'https://preview.example.com?debug=1': 8,
      },
      'https://preview.example.com/api',
    );
    expect(names).toEqual({ '/': 1, '/users': 2, '/web/users': 4, '/?debug=1': 8 });
  });

  it('keeps names that only quote a URL, and merges a URL with the name tag it reads as', () => {
    expect(
      named({ '/proxy?to=http://127.0.0.1:3001/users': 2, 'http://127.0.0.1:3001/users': 3, '/users': 4 }),
    ).toEqual({
      names: { '/proxy?to=http://127.0.0.1:3001/users': 2, '/users': 7 },
      warnings: [],
    });
  });

  it('without a target, names relative to the origin most requests went to, a tie to the origin first in code-unit order', () => {
    expect(named({ [AUTH]: 1, 'http://127.0.0.1:3001/users': 3 }).names).toEqual({ [AUTH]: 1, '/users': 3 });
    expect(named({ 'http://127.0.0.1:3001/users': 1, [AUTH]: 3 }).names).toEqual({
      'http://127.0.0.1:3001/users': 1,
      '/token': 3,
    });
    const tie = { '/y': 2, 'http://b.example.com/x': 2 };
    expect(named({ 'http://b.example.com/x': 2, 'http://a.example.com/y': 2 }).names).toEqual(tie);
    expect(named({ 'http://a.example.com/y': 2, 'http://b.example.com/x': 2 }).names).toEqual(tie);
  });

  it('says so when requests went to several hosts, naming the origin as it compares them', () => {
    const hosts = (n: number) => `requests went to ${n} hosts; series are named relative to`;
    expect(named({ 'http://API.Example.com:8080/users': 3, [AUTH]: 1 }).warnings).toEqual([
      `run.json: ${hosts(2)} http://api.example.com:8080, where most went, the others keep their origin`,
    ]);
    // an IPv6 address ending in :80 has no port to drop
    expect(
      named({ 'http://[fd00::80]/users': 3, [AUTH]: 1, 'https://cdn.example.com/a.js': 1 }, undefined, [
        'a.json',
        'b.json',
      ]).warnings,
    ).toEqual([
      `a.json, b.json: ${hosts(3)} http://[fd00::80], where most went, the others keep their origin`,
    ]);
    // a target no request went to (a script that ignores it)
    expect(named({ 'http://127.0.0.1:3001/users': 3, [AUTH]: 1 }, 'http://localhost:3000')).toEqual({
      names: { '/users': 3, [AUTH]: 1 },
      warnings: [
        `run.json: ${hosts(2)} http://127.0.0.1:3001, where most went (none went to the target http://localhost:3000), the others keep their origin`,
      ],
    });
  });
});

describe('load model of k6 JSON (issue 10 item 9)', () => {
  it("infers a closed model from k6's default scenario and says so", async () => {
    const run = await readK6Json(closedUrl('base-1.json.gz'));
    expect([run.loadModel, run.loadModelSource]).toEqual(['closed', 'k6-default-scenario']);
    const given = await readK6Json(closedUrl('base-1.json.gz'), {
      loadModel: 'open',
      loadModelSource: 'k6-inspect',
    });
    expect([given.loadModel, given.loadModelSource]).toEqual(['open', 'k6-inspect']);
  });

  it('compare gates the throughput lost by a closed-model run named by full URLs on changing ports', async () => {
    const { code, out } = await cli([
      'compare',
      `${closedUrl('base-1.json.gz')},${closedUrl('base-2.json.gz')}`,
      `${closedUrl('slower-1.json.gz')},${closedUrl('slower-2.json.gz')}`,
      '--design',
      'same-job',
    ]);
    expect(code).toBe(1);
    // judged once, on all the scenario's requests together (closed model); each request's row says so
    const throughput = out.split('\n').filter((l) => /^\s*(\S.*)?throughput\s/.test(l));
    expect(throughput.filter((l) => /regression$/.test(l))).toHaveLength(1);
    expect(throughput.filter((l) => /not gated: closed load model/.test(l))).toHaveLength(2);
  });
});
