#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm ci` in a checkout and by `npm pack` for the package).
// Signals reach the CLI itself: it cleans up its sandbox and reports what finished.
let main;
try {
  ({ main } = await import('../dist/src/cli/main.js'));
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist')) throw e;
  process.stderr.write('apigw-patch-conformance: the compiled CLI (dist/) is missing: run `npm run build` in the package folder (npm ci does it)\n');
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
