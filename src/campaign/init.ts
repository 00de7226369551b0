import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { finding } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';
import { RULES_DIR } from './load.js';
import {
  CAMPAIGN_FILE_NAMES,
  campaignJsonSchema,
  SCHEMA_DIR,
  schemaFileName,
  schemaText,
} from './schemas.js';

/**
 * Copy a campaign folder for editing. A copy inside the tool's `rules/` points at the shipped
 * schemas (`../schema/…`, as the shipped campaigns do); any other copy gets its own `schema/`
 * folder, because a path into the tool's install goes stale when the tool moves or updates,
 * and a folder that carries its schemas can be zipped and sent to a colleague whose editor
 * still checks it as they type.
 */
export function initCampaign(from: string, to: string): { schemaDir: string } {
  refuseFull(to);
  if (isInside(path.resolve(to), path.resolve(from))) {
    throw new InputError(finding('E-OPTION', { reason: `${to} is inside ${from}` }));
  }
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true });
  return pointAtSchemas(to);
}

/**
 * The smallest campaign that validates and whose cases pass, to fill in (`rules/_blank/`: one
 * unit, one per-year code, one distinction, a criterion for individuals and one for
 * collectives, an allocation table and a pass, a fail and an unknown case for each criterion).
 * Kept as data like every campaign, so it is edited without touching code.
 */
export const BLANK_DIR = path.join(RULES_DIR, '_blank');

export function initBlankCampaign(to: string): { schemaDir: string } {
  return initCampaign(BLANK_DIR, to);
}

function refuseFull(to: string): void {
  if (existsSync(to) && (!statSync(to).isDirectory() || readdirSync(to).length > 0)) {
    throw new InputError(finding('E-DIR-NOT-EMPTY', { dir: to }));
  }
}

/** Give the campaign at `to` its `$schema` pointers (and, outside `rules/`, its own schemas). */
function pointAtSchemas(to: string): { schemaDir: string } {
  const insideRules = isInside(path.resolve(to), RULES_DIR);
  const schemaDir = insideRules ? SCHEMA_DIR : path.join(to, 'schema');
  if (!insideRules) {
    mkdirSync(schemaDir, { recursive: true });
    for (const name of CAMPAIGN_FILE_NAMES) {
      writeFileSync(path.join(schemaDir, schemaFileName(name)), schemaText(campaignJsonSchema(name)));
    }
  }
  for (const name of CAMPAIGN_FILE_NAMES) {
    const file = path.join(to, `${name}.json`);
    if (!existsSync(file)) continue;
    const pointer = toUrlPath(
      path.relative(path.resolve(to), path.join(path.resolve(schemaDir), schemaFileName(name))),
    );
    writeFileSync(
      file,
      withSchema(readFileSync(file, 'utf8'), pointer.startsWith('.') ? pointer : `./${pointer}`),
    );
  }
  return { schemaDir };
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** `$schema` is a URI reference: forward slashes on every platform. */
function toUrlPath(relative: string): string {
  return relative.split(path.sep).join('/');
}

/** Point `$schema` at `pointer`, keeping the file's own layout (people edit these by hand). */
export function withSchema(text: string, pointer: string): string {
  const property = /("\$schema"\s*:\s*)"(?:[^"\\]|\\.)*"/;
  if (property.test(text))
    return text.replace(property, (_whole, key: string) => `${key}${JSON.stringify(pointer)}`);
  const data = JSON.parse(text) as Record<string, unknown>;
  return `${JSON.stringify({ $schema: pointer, ...data }, null, 2)}\n`;
}
