import { Option } from 'commander';
import { z } from 'zod';
import { finding } from '../findings/catalogue.js';
import { InputError, type Lang } from '../findings/finding.js';

export const langSchema = z.enum(['vi', 'en']);

export function langOption(): Option {
  return new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi');
}

/** `--campaign`, the same in every command that reads a campaign (see `campaignDir`). */
export function campaignOption(): Option {
  return new Option(
    '--campaign <id|dir>',
    'mã bộ quy tắc có sẵn (eligibility campaigns) hoặc thư mục quy tắc (mặc định: lai-chau-2020) / a shipped campaign id or a campaign folder (default: lai-chau-2020)',
  );
}

/**
 * Validate a command's options with zod, turning a mismatch into one clear exit-2 line in the
 * user's language: `--format "pdf" không hợp lệ (chọn text, json, …)`.
 */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lang: Lang = (raw as { lang?: unknown } | undefined)?.lang === 'en' ? 'en' : 'vi';
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  const option = `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const given = JSON.stringify((raw as Record<string, unknown> | undefined)?.[key]);
  const allowed = issue?.code === 'invalid_value' ? issue.values.map(String).join(', ') : '';
  const reason =
    lang === 'en'
      ? `${option} ${given} is not valid${allowed ? ` (choose ${allowed})` : ''}`
      : `${option} ${given} không hợp lệ${allowed ? ` (chọn ${allowed})` : ''}`;
  throw new InputError(finding('E-OPTION', { reason }));
}
