import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The campaign folder format this version writes and reads by default. */
export const CURRENT_FORMAT = 2;

export interface Migration {
  file: string;
  from: number;
  to: number;
  /** false when the folder was already of the current format: nothing was written. */
  changed: boolean;
}

/**
 * Upgrade a campaign folder to the current format, in place. Format 2 is format 1 with a `format`
 * field and the means to declare columns, so the upgrade adds the field and changes nothing else:
 * every other byte of `campaign.json`, and every other file, stays as it was (the tests check this
 * on both shipped campaigns). A folder of an unknown format is left alone and refused.
 */
export function migrateCampaign(dir: string): Migration {
  const file = path.join(dir, 'campaign.json');
  const text = readFileSync(file, 'utf8');
  const json = JSON.parse(text) as { format?: unknown };
  const from = json.format === undefined ? 1 : json.format;
  if (from === CURRENT_FORMAT) return { file, from, to: CURRENT_FORMAT, changed: false };
  if (from !== 1) throw new UnknownFormatError(file, from);
  writeFileSync(file, withFormat(text, CURRENT_FORMAT));
  return { file, from: 1, to: CURRENT_FORMAT, changed: true };
}

export class UnknownFormatError extends Error {
  constructor(
    readonly file: string,
    readonly format: unknown,
  ) {
    super(`${file}: format ${JSON.stringify(format)}`);
    this.name = 'UnknownFormatError';
  }
}

/**
 * The file's text with `"format": N` as its first field after `$schema`, in the file's own
 * indentation and line endings, so nothing else moves.
 */
export function withFormat(text: string, format: number): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  const schemaLine = lines.findIndex((l) => /^\s*"\$schema"\s*:/.test(l));
  const after = schemaLine >= 0 ? schemaLine : lines.findIndex((l) => l.trim() === '{');
  const indent = /^(\s*)"/.exec(lines[after + 1] ?? '')?.[1] ?? '  ';
  lines.splice(after + 1, 0, `${indent}"format": ${format},`);
  return lines.join(eol);
}
