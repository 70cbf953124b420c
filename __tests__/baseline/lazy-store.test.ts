import { describe, expect, it } from 'vitest';
import { lazyStore } from '../../src/baseline/lazy-store.ts';
import type { BaselineStore } from '../../src/baseline/store.ts';
import type { GitHubApi } from '../../src/github/client.ts';
import { lazyGitHubApi } from '../../src/github/lazy-client.ts';

describe('collaborators loaded at their first call', () => {
  it('a lazy store loads its implementation once, at the first restore or save, and forwards the answers', async () => {
    let loads = 0;
    const calls: string[] = [];
    const store = lazyStore('the test store', async () => {
      loads++;
      return {
        description: 'inner',
        restore: async (query) => {
          calls.push(`restore ${query.branch}`);
          return { status: 'missing', cause: 'first-run', reason: 'none yet' };
        },
        save: async (_artifact, key) => {
          calls.push(`save ${key}`);
          return { status: 'saved', key };
        },
      } satisfies BaselineStore;
    });
    expect(store.description).toBe('the test store');
    expect(loads).toBe(0);
    const query = { scenarioId: 's', branch: 'main', sha: 'abc' };
    const [a, b] = await Promise.all([store.restore(query), store.restore(query)]);
    expect(a).toEqual({ status: 'missing', cause: 'first-run', reason: 'none yet' });
    expect(b).toEqual(a);
    expect(await store.save({} as never, 'k1')).toEqual({ status: 'saved', key: 'k1' });
    expect(loads).toBe(1);
    expect(calls).toEqual(['restore main', 'restore main', 'save k1']);
  });

  it('a lazy GitHub API creates its client once, at the first call, and passes the arguments through', async () => {
    let loads = 0;
    const seen: unknown[][] = [];
    const api = lazyGitHubApi(async () => {
      loads++;
      return {
        request: async (...args: unknown[]) => {
          seen.push(['request', ...args]);
          return { status: 200, data: { id: 7 } };
        },
        paginate: async (...args: unknown[]) => {
          seen.push(['paginate', ...args]);
          return [{ id: 1 }, { id: 2 }];
        },
      } as unknown as GitHubApi;
    });
    expect(loads).toBe(0);
    const created = await api.request('POST /repos/{owner}/{repo}/check-runs', {
      owner: 'o',
      repo: 'r',
      name: 'n',
      head_sha: 's',
    });
    const listed = await api.paginate('GET /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r' });
    expect(created).toEqual({ status: 200, data: { id: 7 } });
    expect(listed).toEqual([{ id: 1 }, { id: 2 }]);
    expect(loads).toBe(1);
    expect(seen).toEqual([
      [
        'request',
        'POST /repos/{owner}/{repo}/check-runs',
        { owner: 'o', repo: 'r', name: 'n', head_sha: 's' },
      ],
      ['paginate', 'GET /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r' }],
    ]);
  });

  it('a failed load is reported at the call, not swallowed', async () => {
    const store = lazyStore('broken', async () => {
      throw new Error('cannot load the cache module');
    });
    await expect(store.restore({ scenarioId: 's', branch: 'main', sha: 'a' })).rejects.toThrow(
      'cannot load the cache module',
    );
  });
});
