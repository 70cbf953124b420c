/**
 * Turning Octokit errors into what the caller can act on: a missing permission (fork PRs, read-only tokens,
 * private repositories the token cannot see) becomes a typed result; anything else becomes an error that
 * names the operation and carries GitHub's own message.
 */
import type { PermissionDenied, WritePermission } from './publish-outcome.ts';

/** An Octokit RequestError, recognised by shape (status + response) rather than by class identity. */
interface HttpError {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

export class GitHubOperationError extends Error {
  override readonly name = 'GitHubOperationError';
  constructor(
    /** what we were doing, e.g. "create check run perf-gate on 1a2b3c4" */
    readonly operation: string,
    /** HTTP status GitHub answered; undefined when no answer came (network failure) */
    readonly httpStatus: number | undefined,
    readonly githubMessage: string,
    /** a rate-limit answer the throttling plugin stopped waiting for */
    readonly rateLimited = false,
  ) {
    super(
      `${operation} failed: ${httpStatus === undefined ? '' : `GitHub answered ${httpStatus}: `}${githubMessage}`,
    );
  }
}

function isHttpError(error: unknown): error is HttpError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** GitHub's `message`, with each validation error's own message (422 bodies list them under `errors`). */
function githubMessage(error: HttpError): string {
  const data = error.response?.data as { message?: unknown; errors?: unknown } | undefined;
  if (typeof data?.message !== 'string') return error.message;
  const details = Array.isArray(data.errors)
    ? data.errors.map((e) => {
        if (typeof e === 'string') return e;
        const { message, field, code } = e as { message?: string; field?: string; code?: string };
        return message ?? [field, code].filter(Boolean).join(' ');
      })
    : [];
  return details.length > 0 ? `${data.message}: ${details.join('; ')}` : data.message;
}

function isRateLimit(error: HttpError): boolean {
  const headers = error.response?.headers ?? {};
  return (
    /rate limit/i.test(error.message) || headers['x-ratelimit-remaining'] === '0' || 'retry-after' in headers
  );
}

/** Runs one GitHub call; any failure becomes a GitHubOperationError naming `operation`. */
export async function attempt<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof GitHubOperationError) throw error;
    if (!isHttpError(error)) {
      throw new GitHubOperationError(
        operation,
        undefined,
        error instanceof Error ? error.message : String(error),
      );
    }
    throw new GitHubOperationError(operation, error.status, githubMessage(error), isRateLimit(error));
  }
}

/**
 * Runs a whole publishing step; a 403 (other than a rate limit) or a 404 from any of its calls becomes
 * `skipped-permission` naming `permission`. Other failures propagate.
 */
export async function guardPermission<T>(
  permission: WritePermission,
  fn: () => Promise<T>,
): Promise<T | PermissionDenied> {
  try {
    return await fn();
  } catch (error) {
    const denied =
      error instanceof GitHubOperationError &&
      ((error.httpStatus === 403 && !error.rateLimited) || error.httpStatus === 404);
    if (!denied) throw error;
    const why =
      error.httpStatus === 404
        ? 'the repository, pull request or issue does not exist, or the token cannot see it'
        : 'the token may not write here (fork pull requests and read-only tokens cannot)';
    return {
      status: 'skipped-permission',
      permission,
      operation: error.operation,
      httpStatus: error.httpStatus!,
      message: `${error.operation}: GitHub answered ${error.httpStatus} (${error.githubMessage}); ${why}. The workflow must grant \`${permission}\`.`,
    };
  }
}
