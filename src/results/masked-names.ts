import { maskSecrets } from '../secrets/mask.ts';
import { renameSeries } from './request-name.ts';
import type { RunResult } from './types.ts';

/**
 * The run with credentials masked out of its series names and warnings. k6 names a request without a
 * `name` tag by its URL, so a script that puts a key from the environment in a query string puts the key in
 * a series name, which the baseline keeps (and the Actions cache hands baselines to pull requests' jobs,
 * forks included). Declared secrets and query parameters named like credentials (`api_key=…`) become ***;
 * series that then read the same (one endpoint called with two keys) are one.
 */
export function maskRunSecrets(run: RunResult, secrets: readonly string[]): RunResult {
  const masked = renameSeries(run, (name) => {
    const safe = maskSecrets(name, secrets);
    // Stryker disable next-line ConditionalExpression: renaming a series to the name it has (`false`) changes nothing
    return safe === name ? undefined : safe;
  });
  return { ...masked, warnings: masked.warnings.map((w) => maskSecrets(w, secrets)) };
}
