import { normalizeK6Version } from './platform.ts';

const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

export interface LatestReleaseOptions {
  /** GitHub REST API base (GHES: https://HOST/api/v3; tests: a loopback server) */
  apiBaseUrl?: string;
  token?: string;
  timeoutMs?: number;
}

/** Resolves `latest` to a version ('2.3.0') via `GET /repos/grafana/k6/releases/latest`. */
export async function resolveLatestK6Version(options: LatestReleaseOptions = {}): Promise<string> {
  const base = (options.apiBaseUrl ?? DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
  const url = `${base}/repos/grafana/k6/releases/latest`;
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'user-agent': 'perf-gate',
    'x-github-api-version': '2022-11-28',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
  } catch (err) {
    throw new Error(`could not ask ${url} for the latest k6 release: ${(err as Error).message}`);
  }
  if (!response.ok) {
    throw new Error(
      `could not resolve k6 version 'latest': ${url} answered ${response.status} ${response.statusText}` +
        (response.status === 403 || response.status === 429 ? ' (rate limited? pass a token)' : ''),
    );
  }
  const body = (await response.json()) as { tag_name?: unknown };
  if (typeof body.tag_name !== 'string') {
    throw new Error(`could not resolve k6 version 'latest': ${url} returned no tag_name`);
  }
  return normalizeK6Version(body.tag_name);
}
