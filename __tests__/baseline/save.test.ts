import { describe, expect, it } from 'vitest';
import { saveBaseline } from '../../src/baseline/save.ts';
import { artifactKey, type SaveResult } from '../../src/baseline/store.ts';
import { artifactFor, buildInput, SHA_B } from './artifacts.ts';

/** A logger that records its lines, and a store that answers `result` and records what it was given. */
function harness(result: (key: string) => SaveResult) {
  const lines: string[] = [];
  const saved: { commit: string; key: string; history: number }[] = [];
  const logger = {
    info: (text: string) => lines.push(`info: ${text}`),
    warning: (text: string) => lines.push(`warning: ${text}`),
  };
  const store = {
    save: async (artifact: ReturnType<typeof artifactFor>, key: string) => {
      saved.push({ commit: artifact.commit, key, history: artifact.history.length });
      return result(key);
    },
  };
  return { lines, saved, logger, store };
}

describe('saveBaseline', () => {
  it('saves under the artifact key with the history carried on, and says so', async () => {
    const { lines, saved, logger, store } = harness((key) => ({ status: 'saved', key }));
    const previous = artifactFor();
    const input = buildInput({ commit: SHA_B, previous });
    expect(await saveBaseline(store, input, logger)).toBe(true);
    const key = artifactKey(artifactFor({ commit: SHA_B }));
    expect(saved).toEqual([{ commit: SHA_B, key, history: 1 }]);
    expect(lines).toEqual([`info: baseline saved: ${key}`]);
  });

  it('an already-saved key is not a save, and says why', async () => {
    const { lines, logger, store } = harness((key) => ({
      status: 'already-saved',
      key,
      reason: 'immutable',
    }));
    expect(await saveBaseline(store, buildInput(), logger)).toBe(false);
    expect(lines).toEqual([
      `info: baseline already-saved: ${artifactKey(artifactFor())} (immutable)`,
      'info: no previous baseline: the history starts here',
    ]);
  });

  it('a failed save is a warning, not an error', async () => {
    const { lines, logger, store } = harness((key) => ({ status: 'failed', key, reason: 'disk full' }));
    expect(await saveBaseline(store, buildInput(), logger)).toBe(false);
    expect(lines).toEqual([
      'warning: baseline not saved: disk full',
      'info: no previous baseline: the history starts here',
    ]);
  });
});
