import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cache from '@actions/cache';
import { type ActionsLogLine, captureActionsLog } from './actions-log.ts';
import { ARTIFACT_FILE, type BaselineArtifact, encodeArtifact } from './artifact.ts';
import type { BaselineStore, RestoreQuery, RestoreResult, SaveResult } from './store.ts';
import {
  ACTIONS_CACHE_DESCRIPTION,
  assertKeyMatches,
  interpretRestored,
  missingReason,
  restoreKeysFor,
} from './store.ts';

export interface CacheStoreOptions {
  /**
   * The directory handed to @actions/cache. Its path string is part of the cache version, so save and
   * restore must use the same string: see `defaultCacheDirectory`.
   */
  directory: string;
  /** the clock for a restored baseline's age */
  now?: () => number;
  /** show @actions/cache's own log lines (default true; tests turn it off) */
  echo?: boolean;
}

/**
 * `$RUNNER_TEMP/perf-gate-baseline`: emptied by the runner between jobs, and the same path on every hosted
 * runner of one OS, so the cache version (which hashes the path) matches between the jobs that save and
 * restore.
 */
export function defaultCacheDirectory(env: Record<string, string | undefined> = process.env): string {
  return join(env.RUNNER_TEMP || tmpdir(), 'perf-gate-baseline');
}

const NOT_CONFIGURED =
  'the GitHub Actions cache is not available to this step: ACTIONS_RESULTS_URL (cache service v2, with ' +
  'ACTIONS_CACHE_SERVICE_V2) or ACTIONS_CACHE_URL (v1) is not set. The runner provides them to JavaScript ' +
  'actions; outside GitHub Actions keep baselines in a directory instead.';

/**
 * Baselines in the GitHub Actions cache, through @actions/cache: one cache entry per key, holding a
 * directory with the artifact file. Operations run one at a time, since they share that directory.
 */
export class CacheBaselineStore implements BaselineStore {
  readonly description = ACTIONS_CACHE_DESCRIPTION;
  private readonly now: () => number;
  private readonly echo: boolean;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: CacheStoreOptions) {
    this.now = options.now ?? Date.now;
    this.echo = options.echo ?? true;
  }

  restore(query: RestoreQuery): Promise<RestoreResult> {
    return this.exclusive(() => this.restoreNow(query));
  }

  save(artifact: BaselineArtifact, key: string): Promise<SaveResult> {
    assertKeyMatches(artifact, key);
    return this.exclusive(() => this.saveNow(artifact, key));
  }

  private async restoreNow(query: RestoreQuery): Promise<RestoreResult> {
    if (!cache.isFeatureAvailable()) return { status: 'unavailable', reason: NOT_CONFIGURED };
    const { primary, prefix } = restoreKeysFor(query);
    const { directory } = this.options;
    // Whatever is in the directory after the restore must have come from the cache entry.
    await rm(directory, { recursive: true, force: true });
    const { value: matched, lines } = await captureActionsLog(
      () => cache.restoreCache([directory], primary, [prefix]),
      { echo: this.echo },
    );
    if (matched === undefined) return classifyRestoreMiss(query, lines);
    const path = join(directory, ARTIFACT_FILE);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      return {
        status: 'unreadable',
        key: matched,
        reason: `cache entry '${matched}' was restored but holds no ${ARTIFACT_FILE} (${(error as Error).message})`,
      };
    }
    return interpretRestored(query, matched, bytes, `in cache entry '${matched}'`, this.now());
  }

  private async saveNow(artifact: BaselineArtifact, key: string): Promise<SaveResult> {
    if (!cache.isFeatureAvailable()) return { status: 'failed', key, reason: NOT_CONFIGURED };
    const { directory } = this.options;
    await rm(directory, { recursive: true, force: true });
    await mkdir(directory, { recursive: true });
    // Plain JSON: @actions/cache compresses the archive itself.
    await writeFile(join(directory, ARTIFACT_FILE), encodeArtifact(artifact));
    const { value: cacheId, lines } = await captureActionsLog(() => cache.saveCache([directory], key), {
      echo: this.echo,
    });
    return cacheId === -1 ? classifySaveFailure(key, lines) : { status: 'saved', key };
  }

  private exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

const startsWith = (lines: ActionsLogLine[], levels: ActionsLogLine['level'][], prefix: string) =>
  lines.find((l) => levels.includes(l.level) && l.message.startsWith(prefix));

/**
 * restoreCache returned no key. It logs "Failed to restore: …" (warning or error) when something broke;
 * a plain miss logs only debug lines. A failure after "Cache hit for" and "Cache Size" (printed once the
 * download completed) happened while extracting: the entry exists but its archive is unusable.
 */
function classifyRestoreMiss(query: RestoreQuery, lines: ActionsLogLine[]): RestoreResult {
  const failure = startsWith(lines, ['warning', 'error'], 'Failed to restore: ');
  if (failure !== undefined) {
    const detail = failure.message.slice('Failed to restore: '.length).split('\n')[0] ?? '';
    const hit = startsWith(lines, ['info'], 'Cache hit for');
    const downloaded = startsWith(lines, ['info'], 'Cache Size:');
    if (hit !== undefined && downloaded !== undefined) {
      const key = hit.message.replace(/^Cache hit for(?: restore-key)?: /, '');
      return { status: 'unreadable', key, reason: `cache entry '${key}' could not be extracted: ${detail}` };
    }
    return { status: 'unavailable', reason: `the Actions cache service failed: ${detail}` };
  }
  const skipped = startsWith(lines, ['info'], 'Cache restore skipped');
  if (skipped !== undefined) return { status: 'unavailable', reason: skipped.message };
  return {
    status: 'missing',
    cause: 'not-found',
    reason: missingReason(query, 'not-found', 'the GitHub Actions cache'),
  };
}

/**
 * saveCache returned -1. A refused reservation is logged as info "Failed to save: Unable to reserve …"
 * whatever the cause; the cause is in the debug line "Failed to reserve cache: …", where the service's
 * 409 means the key already exists.
 */
function classifySaveFailure(key: string, lines: ActionsLogLine[]): SaveResult {
  const skipped = startsWith(lines, ['info'], 'Cache save skipped');
  if (skipped !== undefined) return { status: 'failed', key, reason: skipped.message };
  const reservation = startsWith(lines, ['debug'], 'Failed to reserve cache: ');
  if (reservation?.message.includes('(409)')) {
    return {
      status: 'already-saved',
      key,
      reason: `the Actions cache already holds '${key}' (keys are immutable; an earlier run of this commit saved it)`,
    };
  }
  const failure = startsWith(lines, ['info', 'warning', 'error'], 'Failed to save: ');
  const detail = (reservation ?? failure)?.message.split('\n')[0];
  return {
    status: 'failed',
    key,
    reason:
      detail === undefined
        ? '@actions/cache did not save the baseline and logged no reason'
        : `the Actions cache did not save the baseline: ${detail}`,
  };
}
