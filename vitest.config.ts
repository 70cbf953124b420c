import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // GitHub's workflow parser imports its JSON schema without an import attribute, which Node 20 refuses;
    // letting Vite bundle it for the tests sidesteps that.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
