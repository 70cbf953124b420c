/**
 * The Octokit every GitHub call goes through: @actions/github's client (proxy-aware, GHES-aware) plus
 * plugin-retry (5xx and network errors, with back-off) and plugin-throttling (primary and secondary rate
 * limits: waits as long as GitHub's retry-after / x-ratelimit-reset asks, a bounded number of times).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** What the operations need from a client: routes and pagination (a real GitHubClient fits). */
export type GitHubApi = Pick<GitHubClient, 'request' | 'paginate'>;

export interface GitHubLogger {
  warning(message: string): void;
}

/** Waits and spacing. Production uses DEFAULT_TIMING; tests shrink it to stay fast. */
export interface GitHubClientTiming {
  /** back-off unit of plugin-retry: retry n waits n² × this many ms */
  retryBaseMs: number;
  /** how many ms one second of GitHub's retry-after / x-ratelimit-reset counts for (1000 for real) */
  rateLimitSecondMs: number;
  /** minimum gap between write requests (GitHub asks for ≥ 1 s between content-creating requests) */
  writeSpacingMs: number;
  /** minimum gap between writes that notify people (new comments, new issues) */
  notificationSpacingMs: number;
}

const DEFAULT_TIMING: GitHubClientTiming = {
  retryBaseMs: 1000,
  rateLimitSecondMs: 1000,
  // the throttling plugin's own defaults, which follow GitHub's best practices
  writeSpacingMs: 1000,
  notificationSpacingMs: 3000,
};

export interface GitHubClientOptions {
  token: string;
  /**
   * REST API root. Default: GITHUB_API_URL (set by the runner; GHES: https://HOST/api/v3), else
   * https://api.github.com.
   */
  baseUrl?: string;
  logger?: GitHubLogger;
  /** retries of 5xx / network failures (default 3) */
  retries?: number;
  /** retries after a rate-limit answer (default 2) */
  rateLimitRetries?: number;
  /** give up instead of waiting when GitHub asks for more than this many seconds (default 120) */
  maxRateLimitWaitSeconds?: number;
  timing?: Partial<GitHubClientTiming>;
  userAgent?: string;
}

// Not retried by plugin-retry: client errors whose retry cannot succeed, and 429, which the throttling
// plugin owns (so a rate-limit answer is waited out once, for as long as GitHub asks, not twice).
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (options.token.trim() === '') {
    throw new Error('GitHub client: the token is empty (set the github-token input or GITHUB_TOKEN)');
  }
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const logger: GitHubLogger = options.logger ?? { warning: (message) => console.warn(message) };
  const maxRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const what = `${request.method} ${request.url}`;
      if (retryCount >= maxRetries) {
        logger.warning(`GitHub ${kind} on ${what}: giving up after ${retryCount} retries`);
        return false;
      }
      if (retryAfter > maxWait) {
        logger.warning(
          `GitHub ${kind} on ${what}: GitHub asks to wait ${retryAfter} s (over ${maxWait} s); giving up`,
        );
        return false;
      }
      logger.warning(
        `GitHub ${kind} on ${what}: retrying after ${retryAfter} s (retry ${retryCount + 1}/${maxRetries})`,
      );
      return true;
    };

  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
      userAgent: options.userAgent ?? 'perf-gate',
      retry: {
        retries: options.retries ?? 3,
        retryAfterBaseValue: timing.retryBaseMs,
        doNotRetry: DO_NOT_RETRY,
      },
      throttle: {
        retryAfterBaseValue: timing.rateLimitSecondMs,
        // per-client groups: the plugin's defaults are module-wide and fixed at 1 s / 3 s
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.writeSpacingMs }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.notificationSpacingMs }),
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
      log: {
        debug: () => {},
        info: () => {},
        warn: (message: string) => logger.warning(message),
        error: (message: string) => logger.warning(message),
      },
    },
    retry,
    throttling,
  );
}
