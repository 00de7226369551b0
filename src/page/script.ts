import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Campaign } from '../campaign/schema.js';
import { finding } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';
import { pageHtml } from './shell.js';

/** The package's root: this file is src/page/script.ts or dist/page/script.js. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The page's bundled script, built by `npm run build` (scripts/build-page.mjs). */
export const PAGE_SCRIPT = path.join(ROOT, 'dist', 'page', 'page.js');

/**
 * The campaign as the page carries it: its data whole, but no path of the computer the page
 * was made on. The folder and the allocation table are named by their own names.
 */
export function portableCampaign(campaign: Campaign): Campaign {
  return { ...campaign, dir: campaign.id, allocationsFile: path.basename(campaign.allocationsFile) };
}

/** The self-check page for `campaign`, ready to write: one file, everything inline. */
export async function buildPage(campaign: Campaign, script = PAGE_SCRIPT): Promise<string> {
  let code: string;
  try {
    code = await readFile(script, 'utf8');
  } catch {
    // only a checkout that was never built lacks it; an installed package carries it
    throw new InputError(
      finding('E-OPTION', {
        reason: `${path.relative(process.cwd(), script)}: chưa dựng (chạy npm run build) / not built (run npm run build)`,
      }),
    );
  }
  return pageHtml(portableCampaign(campaign), code);
}
