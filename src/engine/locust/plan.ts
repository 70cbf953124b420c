import type { LoadModel } from '../../results/types.ts';

/** What perf-gate reads from a locustfile and Locust's flags without running it. */

const PACED_WAITS = new Set(['constant_pacing', 'constant_throughput']);

/**
 * Users loop (a closed model) unless their wait time paces their tasks (`constant_pacing`,
 * `constant_throughput`: an open model); some user classes paced and others not is neither, so unknown. The
 * same rule as perf-gate's Locust module, which records the classes that really ran.
 */
export function locustfileLoadModel(source: string): LoadModel {
  const waits = [...source.matchAll(/\bwait_time\s*=\s*([\w.]+)\s*\(/g)].map((m) => m[1]!.split('.').pop()!);
  const paced = waits.filter((w) => PACED_WAITS.has(w)).length;
  if (paced === 0) return 'closed';
  return paced === waits.length ? 'open' : 'unknown';
}

/** `-u 10 -r 10 -t 30s` unless the flags set them: a headless run needs all three. */
export function loadFlags(extraArgs: string[]): string[] {
  const has = (...names: string[]) =>
    extraArgs.some((a) => names.some((n) => a === n || a.startsWith(`${n}=`)));
  const users = flagValue(extraArgs, '-u', '--users') ?? '10';
  return [
    ...(has('-u', '--users') ? [] : ['-u', users]),
    ...(has('-r', '--spawn-rate') ? [] : ['-r', users]),
    ...(has('-t', '--run-time') ? [] : ['-t', '30s']),
  ];
}

function flagValue(args: string[], short: string, long: string): string | undefined {
  for (const [i, a] of args.entries()) {
    if (a === short || a === long) return args[i + 1];
    if (a.startsWith(`${long}=`)) return a.slice(long.length + 1);
  }
  return undefined;
}
