import { describe, expect, it } from 'vitest';
import { campaignJsonSchema } from '../../src/campaign/schemas.js';
import { nomineeSchema } from '../../src/model/nominee.js';
import { run } from '../helpers/cli.js';
import { nominee } from '../helpers/nominee.js';

describe('eligibility schema', () => {
  it.each(['campaign', 'criteria', 'vocabulary'] as const)(
    'schema %s prints the JSON Schema of that file',
    async (name) => {
      const { code, stdout } = await run('schema', name);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(campaignJsonSchema(name));
    },
  );

  it('schema input prints the JSON Schema of a nominee row, generated from the zod schema', async () => {
    const { code, stdout } = await run('schema', 'input');
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    // every field of the zod schema, each required but the declared columns' values, the kind a
    // campaign declares (absent for the four categories) and the council's decision (a list without
    // a decision column has none), the award a row asks for (only in a round of several awards),
    // nothing else allowed
    const fields = Object.keys(nomineeSchema.shape);
    const optional = ['values', 'category', 'decision', 'award'];
    const always = fields.filter((f) => !optional.includes(f));
    expect(Object.keys(schema.properties)).toEqual(fields);
    expect(schema.required).toEqual(always);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.kind.enum).toEqual(['collective', 'individual']);
    // the yes/no columns are those the campaign declares, by their ids
    expect(schema.properties.flags.type).toBe('object');
    expect(schema.properties.flags.propertyNames).not.toHaveProperty('enum');
    // a row as the reader makes it has exactly the fields the schema lists
    expect(Object.keys(nominee()).sort()).toEqual([...always].sort());
  });

  it('prints nothing else on stdout, so it can be redirected to a file', async () => {
    const { stdout } = await run('schema', 'campaign');
    expect(stdout.startsWith('{')).toBe(true);
    expect(stdout.endsWith('}\n')).toBe(true);
  });

  it('refuses a name it does not know, with exit 2', async () => {
    const { code, stdout, stderr } = await run('schema', 'nominees');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('campaign, criteria, vocabulary');
  });
});
