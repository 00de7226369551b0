import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DIR } from '../../src/campaign/load.js';
import {
  CAMPAIGN_FILE_NAMES,
  type CampaignFileName,
  campaignJsonSchema,
  SCHEMA_DIR,
  schemaFileName,
} from '../../src/campaign/schemas.js';

type Schema = Record<string, unknown>;

/**
 * Just enough of JSON Schema draft-07 to check what an editor would say about a rule file.
 * It throws on a keyword it does not know, so a schema it cannot judge never passes unnoticed.
 */
function validate(schema: Schema, value: unknown, root: Schema = schema, at = '$'): string[] {
  const errors: string[] = [];
  const typeOf = (v: unknown): string =>
    v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
  for (const [keyword, arg] of Object.entries(schema)) {
    switch (keyword) {
      case '$schema':
      case 'title':
      case 'description':
      case 'default':
      case 'format':
      case 'definitions':
        break;
      case '$ref': {
        const name = String(arg).replace('#/definitions/', '');
        const target = (root.definitions as Record<string, Schema> | undefined)?.[name];
        if (!target) throw new Error(`unresolved $ref ${String(arg)}`);
        errors.push(...validate(target, value, root, at));
        break;
      }
      case 'allOf':
        for (const sub of arg as Schema[]) errors.push(...validate(sub, value, root, at));
        break;
      case 'anyOf':
        if (!(arg as Schema[]).some((sub) => validate(sub, value, root, at).length === 0))
          errors.push(`${at}: matches none of anyOf`);
        break;
      case 'type': {
        const actual = typeOf(value);
        // one type, or a list of them (`["string", "null"]`)
        const types = Array.isArray(arg) ? arg : [arg];
        const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
        if (!ok) errors.push(`${at}: expected ${String(arg)}, found ${actual}`);
        break;
      }
      case 'const':
        if (value !== arg) errors.push(`${at}: expected ${JSON.stringify(arg)}`);
        break;
      case 'enum':
        if (!(arg as unknown[]).includes(value)) errors.push(`${at}: not one of the enum`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(String(arg), 'u').test(value))
          errors.push(`${at}: does not match ${String(arg)}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < Number(arg)) errors.push(`${at}: too short`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < Number(arg)) errors.push(`${at}: below ${String(arg)}`);
        break;
      case 'exclusiveMinimum':
        if (typeof value === 'number' && value <= Number(arg)) errors.push(`${at}: not above ${String(arg)}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > Number(arg)) errors.push(`${at}: above ${String(arg)}`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < Number(arg)) errors.push(`${at}: too few items`);
        break;
      case 'items':
        if (Array.isArray(value))
          value.forEach((item, i) => {
            errors.push(...validate(arg as Schema, item, root, `${at}[${i}]`));
          });
        break;
      case 'required':
        if (typeOf(value) === 'object')
          for (const key of arg as string[])
            if (!(key in (value as object))) errors.push(`${at}: ${key} is required`);
        break;
      case 'properties':
        if (typeOf(value) === 'object')
          for (const [key, sub] of Object.entries(arg as Record<string, Schema>))
            if (key in (value as object))
              errors.push(...validate(sub, (value as Record<string, unknown>)[key], root, `${at}.${key}`));
        break;
      case 'propertyNames':
        if (typeOf(value) === 'object')
          for (const key of Object.keys(value as object))
            errors.push(...validate(arg as Schema, key, root, at));
        break;
      case 'additionalProperties':
        if (typeOf(value) === 'object') {
          const known = Object.keys((schema.properties as object | undefined) ?? {});
          for (const [key, v] of Object.entries(value as object)) {
            if (known.includes(key)) continue;
            if (arg === false) errors.push(`${at}: ${key} is not allowed`);
            else if (typeof arg === 'object')
              errors.push(...validate(arg as Schema, v, root, `${at}.${key}`));
          }
        }
        break;
      default:
        throw new Error(`the test validator does not know ${keyword}`);
    }
  }
  return errors;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const campaigns = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(path.join(RULES_DIR, e.name, 'campaign.json')))
  .map((e) => e.name);

describe('rules/schema/*.schema.json', () => {
  it.each(CAMPAIGN_FILE_NAMES)(
    '%s.schema.json is what the zod schema generates (npm run schemas)',
    (name) => {
      expect(readJson(path.join(SCHEMA_DIR, schemaFileName(name)))).toEqual(campaignJsonSchema(name));
    },
  );

  it('ships a campaign to check against them', () => {
    expect(campaigns).toContain('lai-chau-2020');
  });

  describe.each(campaigns)('rules/%s', (campaign) => {
    it.each(CAMPAIGN_FILE_NAMES)('%s.json names its schema and satisfies it', (name) => {
      const file = path.join(RULES_DIR, campaign, `${name}.json`);
      // priorities.json is there only when the campaign's text names priorities
      if (name === 'priorities' && !existsSync(file)) return;
      const data = readJson(file) as { $schema?: string };
      expect(data.$schema).toBe(`../schema/${schemaFileName(name)}`);
      const schemaFile = path.resolve(path.dirname(file), data.$schema ?? '');
      expect(validate(readJson(schemaFile) as Schema, data)).toEqual([]);
    });
  });
});

describe('the generated schemas', () => {
  const check = (name: CampaignFileName, value: unknown) => validate(campaignJsonSchema(name), value);
  const criteria = (test: unknown) => ({
    criteria: [
      {
        id: 'X-1',
        category: ['individual-SXKD'],
        cite: 'V.2',
        source: '…',
        title: { vi: 'a', en: 'a' },
        test,
      },
    ],
  });

  it('describe the predicate tree once, recursively', () => {
    const schema = campaignJsonSchema('criteria') as { definitions: Record<string, { anyOf: Schema[] }> };
    expect(Object.keys(schema.definitions)).toEqual(['predicate']);
    const all = schema.definitions.predicate?.anyOf.find(
      (branch) => (branch.properties as Record<string, Schema>).type?.const === 'all',
    );
    expect(all?.properties).toMatchObject({ of: { items: { $ref: '#/definitions/predicate' } } });
  });

  it('check predicates at any depth', () => {
    const nested = (leaf: unknown) => ({
      type: 'all',
      of: [{ type: 'any', of: [{ type: 'onlyWhen', when: leaf, require: leaf }] }],
    });
    expect(check('criteria', criteria(nested({ type: 'flag', field: 'leader' })))).toEqual([]);
    expect(check('criteria', criteria(nested({ type: 'nope' })))).not.toEqual([]);
    // which columns there are is the campaign's to say: loading it names a column it does not declare
    expect(check('criteria', criteria(nested({ type: 'flag' })))).not.toEqual([]);
  });

  it('leave fields with defaults optional, as people write them', () => {
    const distinctions = { type: 'distinctions', fields: ['awards'], codes: ['HC'] };
    expect(check('criteria', criteria(distinctions))).toEqual([]);
    expect(check('criteria', criteria({ type: 'yearsWith', code: 'HTTNV' }))).toEqual([
      '$.criteria[0].test: matches none of anyOf',
    ]);
  });

  it('reject a wrong type in campaign.json', () => {
    const data = readJson(path.join(RULES_DIR, 'lai-chau-2020', 'campaign.json')) as Record<string, unknown>;
    expect(check('campaign', { ...data, period: { from: '2016', to: 2020 } })).toEqual([
      '$.period.from: expected integer, found string',
    ]);
  });
});
