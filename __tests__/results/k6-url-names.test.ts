import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { readK6Json } from '../../src/results/k6-json.ts';
import { requestName } from '../../src/results/request-name.ts';

// Real k6 v0.49 runs (see /work/shared/fixtures/k6-v0.49-pairs/README.md, closed-url): closed.js, 8 VUs, no
// `name` tags, so k6 names each request by its full URL, and every run listened on another port.
const root = fileURLToPath(new URL('../../', import.meta.url));
const closedUrl = (name: string) => join(root, '__tests__/fixtures/k6-v0.49-pairs/closed-url', name);

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
  it('drops the origin of an absolute URL and keeps paths, queries and http.url templates as they are', () => {
    expect(requestName('http://127.0.0.1:3001/users?id=7')).toBe('/users?id=7');
    const template = '/posts/$' + '{}'; // k6's http.url placeholder
    expect(requestName(`https://preview-42.example.com${template}`)).toBe(template);
    expect(requestName('http://localhost:3000')).toBe('/');
    expect(requestName('GET /users')).toBe('GET /users');
    expect(requestName('checkout')).toBe('checkout');
  });

  it('matches the series of two real k6 runs recorded against different ports', async () => {
    const base = await readK6Json(closedUrl('base-1.json.gz'));
    const slower = await readK6Json(closedUrl('slower-1.json.gz'));
    const ids = (run: typeof base) => [...run.series.keys()].sort();
    expect(ids(base)).toEqual(['default › ::browse › GET /users', 'default › ::checkout › POST /orders']);
    expect(ids(slower)).toEqual(ids(base));
  });
});

describe('load model of k6 JSON (issue 10 item 9)', () => {
  it("infers a closed model from k6's default scenario and says so", async () => {
    const run = await readK6Json(closedUrl('base-1.json.gz'));
    expect(run.loadModel).toBe('closed');
    expect(run.warnings.join('\n')).toContain("inferred from k6's scenario 'default'");
    expect((await readK6Json(closedUrl('base-1.json.gz'), { loadModel: 'open' })).loadModel).toBe('open');
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
    const throughput = out.split('\n').filter((l) => /^\s+throughput\s/.test(l));
    expect(throughput).toHaveLength(2);
    for (const line of throughput) expect(line).toMatch(/regression$/);
  });
});
