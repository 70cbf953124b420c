import type { BaselineStore } from './store.ts';

/** A store whose implementation is loaded (once) at its first restore or save. */
export function lazyStore(description: string, load: () => Promise<BaselineStore>): BaselineStore {
  let loaded: Promise<BaselineStore> | undefined;
  const store = () => {
    loaded ??= load();
    return loaded;
  };
  return {
    description,
    restore: async (query) => (await store()).restore(query),
    save: async (artifact, key) => (await store()).save(artifact, key),
  };
}
