import { Argument, type Command } from 'commander';
import { z } from 'zod';
import { campaignJsonSchema, schemaText } from '../campaign/schemas.js';
import { finding } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';
import { nomineeSchema } from '../model/nominee.js';
import type { SetAction } from './commands.js';
import { EXIT } from './main.js';

/** Every JSON Schema `eligibility schema NAME` prints; a new one is one more entry here. */
export const SCHEMAS: Record<string, () => object> = {
  campaign: () => campaignJsonSchema('campaign'),
  criteria: () => campaignJsonSchema('criteria'),
  vocabulary: () => campaignJsonSchema('vocabulary'),
  input: () => inputJsonSchema(),
};

/**
 * One nominee row as the reader understands it (the records `check` judges), generated from
 * the zod schema every row is validated with, so it cannot drift from what the reader makes.
 */
export function inputJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(nomineeSchema, { target: 'draft-7' });
  return { $schema, title: 'Một dòng đề nghị, như chương trình đọc được / a nominee row, as read', ...rest };
}

export function registerSchema(program: Command, setAction: SetAction): void {
  const command = program
    .command('schema')
    .description('in JSON Schema của một loại tệp / print the JSON Schema of a kind of file')
    .addArgument(new Argument('<name>', Object.keys(SCHEMAS).join(' | ')).choices(Object.keys(SCHEMAS)));
  setAction(command, (name: string) => async (io) => {
    const build = SCHEMAS[name];
    if (!build) throw new InputError(finding('E-OPTION', { reason: `unknown schema ${name}` }));
    io.stdout(schemaText(build()));
    return EXIT.ok;
  });
}
