import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'spec/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // msw patches node's http per process; forks keep each file's interception to itself.
    pool: 'forks',
    // CI has two cores; vitest's default (cores - 1) would run one file at a time there.
    maxWorkers: 2,
    // Files share a worker's module cache: no file relies on fresh module state (msw servers are
    // started and closed per file), and skipping the re-import of the SDK and msw per file saves ~40%.
    isolate: false,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
