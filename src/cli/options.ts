import { Option } from 'commander';
import { z } from 'zod';
import { finding } from '../findings/catalogue.js';
import { InputError, type Lang } from '../findings/finding.js';

export const langSchema = z.enum(['vi', 'en']);

export function langOption(): Option {
  return new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi');
}

/** Validate a command's options with zod, turning a mismatch into one clear exit-2 line. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `--${issue.path.join('.')}` : 'options';
  throw new InputError(finding('E-OPTION', { reason: `${where}: ${issue?.message ?? 'invalid'}` }));
}

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}
