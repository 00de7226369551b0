import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every TypeScript file under `dir`, for tests that read the code itself. */
export function tsSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? tsSources(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}
