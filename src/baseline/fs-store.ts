import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, readFile, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BaselineArtifact, encodeArtifact } from './artifact.ts';
import { parseBaselineKey, scenarioKeyPrefix } from './keys.ts';
import type { BaselineStore, RestoreQuery, RestoreResult, SaveResult } from './store.ts';
import { assertKeyMatches, interpretRestored, missingReason, restoreKeysFor } from './store.ts';

export interface FsStoreOptions {
  directory: string;
  /** write artifacts gzipped (`<key>.json.gz`, the default) or as plain JSON (`<key>.json`) */
  gzip?: boolean;
  /** the clock: a save stamps the file's mtime with it, and "newest" means the latest stamp */
  now?: () => number;
}

const EXTENSIONS = ['.json.gz', '.json'] as const;

/**
 * Baselines as files in one directory, one file per key, with the Actions cache's key semantics: keys are
 * immutable, and a restore prefers the commit's key, then the newest key with the branch prefix.
 */
export class FsBaselineStore implements BaselineStore {
  readonly description: string;
  private readonly now: () => number;

  constructor(private readonly options: FsStoreOptions) {
    this.description = `directory ${options.directory}`;
    this.now = options.now ?? Date.now;
  }

  async restore(query: RestoreQuery): Promise<RestoreResult> {
    const { primary, prefix } = restoreKeysFor(query);
    let files: StoredFile[];
    try {
      files = await this.list();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return {
          status: 'missing',
          cause: 'first-run',
          reason: missingReason(query, 'first-run', this.description),
        };
      }
      return {
        status: 'unavailable',
        reason: `cannot list ${this.description}: ${(error as Error).message}`,
      };
    }
    // Like the Actions cache: the key itself is matched as a prefix too (a short sha finds its commit).
    const match = newest(files, primary) ?? newest(files, prefix);
    if (match !== undefined) {
      let bytes: Buffer;
      try {
        bytes = await readFile(match.path);
      } catch (error) {
        return { status: 'unavailable', reason: `cannot read ${match.path}: ${(error as Error).message}` };
      }
      return interpretRestored(query, match.key, bytes, match.path, this.now());
    }
    const scenarioPrefix = scenarioKeyPrefix(query.scenarioId);
    const otherBranches = [
      ...new Set(files.filter((f) => f.key.startsWith(scenarioPrefix)).map((f) => f.branch)),
    ];
    const cause = otherBranches.length > 0 ? 'no-baseline-for-branch' : 'first-run';
    return { status: 'missing', cause, reason: missingReason(query, cause, this.description, otherBranches) };
  }

  async save(artifact: BaselineArtifact, key: string): Promise<SaveResult> {
    assertKeyMatches(artifact, key);
    const gzip = this.options.gzip ?? true;
    const path = join(this.options.directory, `${key}${gzip ? EXTENSIONS[0] : EXTENSIONS[1]}`);
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await mkdir(this.options.directory, { recursive: true });
      const existing = (await this.list()).find((f) => f.key === key);
      if (existing !== undefined) return alreadySaved(key, existing.path);
      await writeFile(temporary, encodeArtifact(artifact, { gzip }));
      // link() refuses an existing name, so two concurrent saves of one key cannot both win.
      const linked = await link(temporary, path).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'EEXIST') return false;
          throw error;
        },
      );
      if (!linked) return alreadySaved(key, path);
      const stamp = new Date(this.now());
      await utimes(path, stamp, stamp);
      return { status: 'saved', key };
    } catch (error) {
      return { status: 'failed', key, reason: `cannot write ${path}: ${(error as Error).message}` };
    } finally {
      await unlink(temporary).catch(() => undefined);
    }
  }

  private async list(): Promise<StoredFile[]> {
    const files: StoredFile[] = [];
    for (const name of await readdir(this.options.directory)) {
      const extension = EXTENSIONS.find((e) => name.endsWith(e));
      if (extension === undefined) continue;
      const key = name.slice(0, -extension.length);
      const parsed = parseBaselineKey(key);
      if (parsed === undefined) continue;
      const path = join(this.options.directory, name);
      files.push({ key, branch: parsed.branch, path, mtimeMs: (await stat(path)).mtimeMs });
    }
    return files;
  }
}

function newest(files: StoredFile[], prefix: string): StoredFile | undefined {
  return files
    .filter((f) => f.key.startsWith(prefix))
    .sort((a, b) => b.mtimeMs - a.mtimeMs || (a.key < b.key ? 1 : -1))[0];
}

interface StoredFile {
  key: string;
  /** the branch segment of the key */
  branch: string;
  path: string;
  mtimeMs: number;
}

function alreadySaved(key: string, path: string): SaveResult {
  return { status: 'already-saved', key, reason: `${path} already holds this key (keys are immutable)` };
}
