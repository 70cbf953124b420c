import type { GitHubApi } from './client.ts';

/**
 * A GitHubApi whose client (Octokit and its plugins) is created at the first call. Only the plain call forms
 * are forwarded (`request(route, params)`, `paginate(route, params)`), the ones perf-gate's operations use.
 */
export function lazyGitHubApi(load: () => Promise<GitHubApi>): GitHubApi {
  let loaded: Promise<GitHubApi> | undefined;
  const client = () => {
    loaded ??= load();
    return loaded;
  };
  // Octokit's overloaded generics cannot be restated for a forwarder; the arguments pass through unchanged.
  type Forward = (...args: unknown[]) => Promise<unknown>;
  const request: Forward = async (...args) => ((await client()).request as unknown as Forward)(...args);
  const paginate: Forward = async (...args) => ((await client()).paginate as unknown as Forward)(...args);
  return { request, paginate } as unknown as GitHubApi;
}
