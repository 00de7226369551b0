import { stat } from 'node:fs/promises';
import { finding } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';

/**
 * `check --output` and `template` treat an existing file alike: they refuse to replace it unless
 * `--force` is given. A report may have been annotated and a template filled in by a unit since
 * it was written; either is work a mistyped name must not destroy. Checked for every file before
 * anything is written, so a refused run leaves nothing behind.
 */
export async function refuseToOverwrite(paths: readonly string[], force: boolean): Promise<void> {
  if (force) return;
  for (const file of paths) {
    if ((await stat(file).catch(() => undefined))?.isFile()) {
      throw new InputError(finding('E-OUTPUT-EXISTS', { path: file }));
    }
  }
}
