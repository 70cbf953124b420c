import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, parseScenario } from '../../src/engine/embedded/scenario.ts';
import { ScenarioError } from '../../src/engine/embedded/scenario-error.ts';

const VALID = `
baseUrl: http://127.0.0.1:3000
load: { model: open, rate: 20, duration: 30s }
requests:
  - { method: GET, path: /users }
`;

const errorOf = (text: string) => {
  try {
    parseScenario(text, 'load/api.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(ScenarioError);
    return (err as Error).message;
  }
  throw new Error('expected a ScenarioError');
};

describe('scenario files', () => {
  it('fills the defaults', () => {
    expect(parseScenario(VALID, 'load/api.yaml')).toEqual({
      name: 'default',
      baseUrl: 'http://127.0.0.1:3000',
      load: { model: 'open', rate: 20, duration: 30, maxInFlight: 50 },
      warmup: 0,
      timeout: 10,
      requests: [{ name: 'GET /users', method: 'GET', path: '/users', headers: {} }],
    });
  });

  it('reads JSON files too, and sends object bodies as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
    try {
      const file = join(dir, 'closed.json');
      writeFileSync(
        file,
        JSON.stringify({
          name: 'checkout',
          baseUrl: 'http://127.0.0.1:3000/api',
          load: { model: 'closed', connections: 10, duration: '1m30s' },
          warmup: '5s',
          timeout: '500ms',
          requests: [
            { name: 'create order', method: 'post', path: '/orders', body: { id: 1 }, expect: [201] },
          ],
        }),
      );
      const s = await loadScenario(file);
      expect(s.load).toEqual({ model: 'closed', connections: 10, duration: 90 });
      expect([s.name, s.warmup, s.timeout]).toEqual(['checkout', 5, 0.5]);
      expect(s.requests[0]).toEqual({
        name: 'create order',
        method: 'POST',
        path: '/orders',
        headers: { 'content-type': 'application/json' },
        body: '{"id":1}',
        expect: [201],
      });
      await expect(loadScenario(join(dir, 'missing.yaml'))).rejects.toThrow(
        `${join(dir, 'missing.yaml')}: cannot read the scenario file (ENOENT)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file and the field of each problem', () => {
    const message = errorOf(`
baseUrl: http://127.0.0.1:3000
load: { model: open, rate: 0, duration: soon }
reqests: []
requests:
  - { method: GET, path: /users }
  - { method: FETCH, path: orders, expect: [700] }
`);
    expect(message.split('\n')).toEqual([
      'load/api.yaml: invalid scenario',
      '  load.rate: expected iterations per second > 0',
      "  load.duration: 'soon' is not a duration; write e.g. 30s, 2m, 1m30s or 500ms",
      '  requests[1].method: expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS',
      "  requests[1].path: expected a path starting with '/'",
      '  requests[1].expect[0]: expected an HTTP status (100–599)',
      "  (top level): unknown field 'reqests'",
    ]);
  });

  it('explains missing fields, a wrong load model and a bad URL', () => {
    expect(
      errorOf('load: { model: open, rate: 1, duration: 1 }\nrequests: [{ method: GET, path: / }]'),
    ).toContain('baseUrl: required (expected string)');
    expect(errorOf(VALID.replace('model: open', 'model: burst'))).toContain(
      'load.model: expected model: open (with rate) or model: closed (with connections)',
    );
    expect(errorOf(VALID.replace('http://127.0.0.1:3000', 'ftp://x'))).toContain(
      'baseUrl: expected an http:// or https:// URL without query or fragment',
    );
    expect(errorOf(VALID.replace('rate: 20', 'connections: 2'))).toMatch(
      /load\.rate: required[\s\S]*load: unknown field 'connections'/,
    );
    expect(errorOf(`${VALID}name: my scenario\n`)).toContain('name: expected letters, digits, _ or -');
    expect(errorOf(VALID.replace(/requests:[\s\S]*/, 'requests: []'))).toContain(
      'requests: expected at least one request',
    );
  });

  it('reports YAML syntax errors with their position', () => {
    expect(errorOf('baseUrl: [unclosed\nload: 1')).toMatch(
      /^load\/api\.yaml: not valid YAML\/JSON: .*line 2/s,
    );
    expect(errorOf('- just\n- a list')).toBe(
      'load/api.yaml: expected a mapping with baseUrl, load and requests',
    );
  });
});
