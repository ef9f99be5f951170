import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'spec/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // msw patches node's http per process; forks keep each file's interception to itself.
    pool: 'forks',
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
