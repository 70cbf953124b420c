import { type ActionConfig, secretsOf } from '../inputs/config.ts';
import type { GateSettings } from '../inputs/gate-options.ts';
import type { ProfilingRequest } from '../measure/with-services.ts';
import { profilingCall } from '../profile/summary.ts';
import { isSecretParamName } from '../secrets/mask.ts';
import type { Comparison } from '../stats/types.ts';
import { judgeSameJob } from './judge.ts';

/**
 * The profiling request of a same-job comparison: the measurement is judged exactly as the gate will judge it
 * (same settings and seed) to decide whether the pair runs.
 */
export function profilingRequest(
  config: Pick<ActionConfig, 'profiling' | 'secrets' | 'token' | 'env'>,
  settings: GateSettings,
  dir: string,
  env: NodeJS.ProcessEnv,
): ProfilingRequest {
  return {
    settings: config.profiling,
    call: (measurement) => {
      if (measurement.baseline === undefined) return undefined;
      let comparison: Comparison | undefined;
      try {
        comparison = judgeSameJob(
          { measurer: { scriptHash: '' }, measurement },
          settings,
          { warning: () => {} },
          { commit: 'base', ref: 'base', timeMs: 0 },
        ).comparison;
      } catch {
        return undefined; // not comparable (a side with too many errors): the gate says why, nothing to profile
      }
      return profilingCall(config.profiling.mode, comparison);
    },
    dir,
    secrets: profileSecrets(config, env),
  };
}

/**
 * What no profile file may contain: the secrets perf-gate masks everywhere, the token, every value of the
 * script's variables, and the values of this process's variables named like secrets.
 */
function profileSecrets(
  config: Pick<ActionConfig, 'secrets' | 'token' | 'env'>,
  env: NodeJS.ProcessEnv,
): string[] {
  const named = Object.entries(env)
    .filter(([name, value]) => value !== undefined && value.length >= 4 && isSecretParamName(name))
    .map(([, value]) => value as string);
  const values = Object.values(config.env).filter((v) => v.length >= 4);
  return [...secretsOf(config), ...values, ...named];
}
