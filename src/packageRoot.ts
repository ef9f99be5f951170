/**
 * The package's own folder, found from this file whether it runs as TypeScript source (src/) or
 * compiled (dist/src/): the nearest folder up that holds a package.json.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const packageRoot: string = findRoot(dirname(fileURLToPath(import.meta.url)));
