/**
 * k6's exit codes (errext/exitcodes in the k6 source, stable since v0.33). 0 and 99 leave a measured run;
 * everything else means the run cannot be trusted.
 */
const K6_EXIT_CODES: Readonly<Record<number, string>> = {
  0: 'ok',
  97: 'cloud test run failed',
  98: 'cloud: failed to get progress',
  99: 'thresholds crossed',
  100: 'setup() timed out',
  101: 'teardown() timed out',
  102: 'generic timeout',
  103: 'engine error',
  104: 'invalid configuration (options or flags)',
  105: 'aborted by a signal',
  106: 'cannot start the REST API',
  107: 'script exception (the script threw an error)',
  108: 'the script called test.abort()',
  255: 'other error (e.g. a bad command-line argument)',
};

export const K6_THRESHOLDS_CROSSED = 99;

/** '107 (script exception …)'; unknown codes say so rather than guess. */
export function describeK6ExitCode(code: number): string {
  return `${code} (${K6_EXIT_CODES[code] ?? 'not a documented k6 exit code'})`;
}
