import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { predicateSchema } from '../engine/predicate.js';
import { RULES_DIR } from './load.js';
import { prioritiesFileSchema } from './priorities.js';
import { campaignFileSchema, criteriaFileSchema, vocabularyFileSchema } from './schema.js';

/**
 * JSON Schemas of the campaign files, generated from the zod schemas the loader validates with,
 * so an editor flags in the rule files what `campaign validate` would.
 */

const CAMPAIGN_FILES = {
  campaign: {
    schema: campaignFileSchema,
    title: 'campaign.json: kỳ khen thưởng / the campaign',
  },
  criteria: {
    schema: criteriaFileSchema,
    title: 'criteria.json: các tiêu chí / the criteria',
  },
  vocabulary: {
    schema: vocabularyFileSchema,
    title: 'vocabulary.json: danh mục mã thành tích / the achievement codes',
  },
  priorities: {
    schema: prioritiesFileSchema,
    title: 'priorities.json: thứ tự ưu tiên khi chọn / the priorities of a selection',
  },
} as const;

export type CampaignFileName = keyof typeof CAMPAIGN_FILES;
export const CAMPAIGN_FILE_NAMES = Object.keys(CAMPAIGN_FILES) as CampaignFileName[];

/** Where the schemas ship: `rules/schema/`, which the rule files name as `../schema/*.schema.json`. */
export const SCHEMA_DIR = path.join(RULES_DIR, 'schema');

export function schemaFileName(name: CampaignFileName): string {
  return `${name}.schema.json`;
}

// The predicate tree is recursive: naming it gives one `definitions.predicate` that refers to itself.
const metadata = z.registry<{ id?: string; title?: string }>();
metadata.add(predicateSchema, { id: 'predicate', title: 'predicate' });

export function campaignJsonSchema(name: CampaignFileName): Record<string, unknown> {
  const { schema, title } = CAMPAIGN_FILES[name];
  // `input`: what people write, so fields with defaults (`aliases`, `atLeast`) are optional;
  // draft-07 because it is what most editors validate with
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', metadata });
  const { $schema, ...rest } = generated;
  return { $schema, title, ...rest };
}

/** The text of a schema file, as written to `rules/schema/` and printed by `eligibility schema`. */
export function schemaText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Write every campaign file's schema into `dir`; returns the paths written. */
export function writeSchemaFiles(dir: string = SCHEMA_DIR): string[] {
  return CAMPAIGN_FILE_NAMES.map((name) => {
    const file = path.join(dir, schemaFileName(name));
    writeFileSync(file, schemaText(campaignJsonSchema(name)));
    return file;
  });
}
