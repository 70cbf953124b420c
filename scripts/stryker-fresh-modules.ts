import { vi } from 'vitest';

// Runs before each test file in a mutation run (stryker.vitest.config.ts): every module but Vitest's own is
// evaluated afresh, so one mutant's module state (a static mutant, a cache) never carries into the next run,
// as with `isolate: true`, without starting a new worker thread for each mutant.
vi.resetModules();
