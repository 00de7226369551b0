import type { Command } from 'commander';
import { z } from 'zod';
import { finding } from '../findings/catalogue.js';
import { InputError } from '../findings/finding.js';
import { DEFAULT_LIMITS, type Limits, MB } from '../read/limits.js';

const count = z
  .string()
  .regex(/^\d+$/, 'cần một số nguyên dương / a whole number is needed')
  .transform(Number)
  .refine((n) => n > 0 && Number.isSafeInteger(n), 'cần một số nguyên dương / a whole number is needed')
  .optional();

const limitsSchema = z.object({
  maxRows: count,
  maxCells: count,
  maxCellLength: count,
  maxInflatedMb: count,
});

/**
 * `--max-rows`, `--max-cells`, `--max-cell-length`, `--max-inflated-mb`: raise the reader's
 * bounds for a genuine file larger than any nominee list the defaults expect.
 */
export function addLimitOptions(command: Command): Command {
  const d = DEFAULT_LIMITS;
  return command
    .option(
      '--max-rows <n>',
      `số dòng dữ liệu tối đa mỗi trang (mặc định: ${d.maxRows}) / most rows of data per sheet (default: ${d.maxRows})`,
    )
    .option(
      '--max-cells <n>',
      `số ô tối đa mỗi tệp (mặc định: ${d.maxCells}) / most cells per file (default: ${d.maxCells})`,
    )
    .option(
      '--max-cell-length <n>',
      `số ký tự tối đa mỗi ô (mặc định: ${d.maxCellLength}) / most characters in a cell (default: ${d.maxCellLength})`,
    )
    .option(
      '--max-inflated-mb <n>',
      `dung lượng giải nén tối đa của .xlsx, tính bằng MB (mặc định: ${d.maxInflatedBytes / MB}) / most MB an .xlsx may unpack to (default: ${d.maxInflatedBytes / MB})`,
    );
}

/** The bounds the options give, validated; a bad value is one line and exit 2. */
export function parseLimits(raw: Record<string, unknown>): Partial<Limits> {
  const given = {
    maxRows: raw.maxRows,
    maxCells: raw.maxCells,
    maxCellLength: raw.maxCellLength,
    maxInflatedMb: raw.maxInflatedMb,
  };
  const parsed = limitsSchema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const option = `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    const value = JSON.stringify(given[key as keyof typeof given]);
    throw new InputError(finding('E-OPTION', { reason: `${option} ${value}: ${issue?.message ?? ''}` }));
  }
  const { maxRows, maxCells, maxCellLength, maxInflatedMb } = parsed.data;
  const limits: Partial<Limits> = {};
  if (maxRows !== undefined) limits.maxRows = maxRows;
  if (maxCells !== undefined) limits.maxCells = maxCells;
  if (maxCellLength !== undefined) limits.maxCellLength = maxCellLength;
  if (maxInflatedMb !== undefined) limits.maxInflatedBytes = maxInflatedMb * MB;
  return limits;
}
