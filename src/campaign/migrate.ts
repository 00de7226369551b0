import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_KINDS } from '../model/kinds.js';
import { FORMAT_1_COLUMNS } from './form.js';

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
 * field and the means to declare columns and kinds of nominee, so the upgrade adds the field and
 * writes out the kinds and the columns format 1 implied (the four categories, the form of
 * DOMAIN.md §2), changing nothing else: every other
 * byte of `campaign.json`, and every other file, stays as it was (the tests check this on the
 * shipped campaigns). A folder of an unknown format is left alone and refused.
 */
export function migrateCampaign(dir: string): Migration {
  const file = path.join(dir, 'campaign.json');
  const text = readFileSync(file, 'utf8');
  const json = JSON.parse(text) as { format?: unknown };
  const from = json.format === undefined ? 1 : json.format;
  if (from === CURRENT_FORMAT) return { file, from, to: CURRENT_FORMAT, changed: false };
  if (from !== 1) throw new UnknownFormatError(file, from);
  writeFileSync(file, withColumns(withKinds(withFormat(text, CURRENT_FORMAT))));
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

/**
 * The file's text with the four categories written out as its `kinds`, before `units`, in the
 * file's own indentation and line endings; a file that already declares kinds is left as it is.
 */
export function withKinds(text: string): string {
  if ((JSON.parse(text) as { kinds?: unknown }).kinds !== undefined) return text;
  const q = JSON.stringify;
  return withFieldBeforeUnits(text, (indent) => {
    const i2 = indent.repeat(2);
    const i3 = indent.repeat(3);
    return [
      `${indent}"kinds": [`,
      ...DEFAULT_KINDS.flatMap((k, n) => [
        `${i2}{`,
        `${i3}"id": ${q(k.id)},`,
        `${i3}"label": { "vi": ${q(k.label.vi)}, "en": ${q(k.label.en)} },`,
        `${i3}"form": ${q(k.form)},`,
        `${i3}"block": ${q(k.block)}`,
        `${i2}}${n < DEFAULT_KINDS.length - 1 ? ',' : ''}`,
      ]),
      `${indent}],`,
    ];
  });
}

/**
 * The file's text with the form's columns of format 1 written out as its `columns`, before
 * `units`, in the file's own indentation and line endings; a file that declares columns is left
 * as it is.
 */
export function withColumns(text: string): string {
  if ((JSON.parse(text) as { columns?: unknown }).columns !== undefined) return text;
  return withFieldBeforeUnits(text, (indent) => {
    const i2 = indent.repeat(2);
    const i3 = indent.repeat(3);
    return [
      `${indent}"columns": [`,
      ...FORMAT_1_COLUMNS.flatMap((column, n) => {
        const entries = Object.entries(column);
        return [
          `${i2}{`,
          ...entries.flatMap(([key, value], i) => field(key, value, i3, indent, i < entries.length - 1)),
          `${i2}}${n < FORMAT_1_COLUMNS.length - 1 ? ',' : ''}`,
        ];
      }),
      `${indent}],`,
    ];
  });
}

/**
 * The file's text with a field's lines (`block`, for the file's indentation, ending in `],`)
 * put before `units`, or else as the last field, keeping the file's own line endings.
 */
function withFieldBeforeUnits(text: string, block: (indent: string) => string[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  const indent = /^(\s*)"/.exec(lines.find((l) => /^\s*"/.test(l)) ?? '')?.[1] ?? '  ';
  const written = block(indent);
  const at = lines.findIndex((l) => l.startsWith(`${indent}"units"`));
  if (at >= 0) return [...lines.slice(0, at), ...written, ...lines.slice(at)].join(eol);
  // the last field gains a comma, and the block its closing bracket without one
  const close = lines.lastIndexOf('}');
  const last = [...lines.slice(0, close - 1), `${lines[close - 1]},`];
  return [...last, ...written.slice(0, -1), `${indent}]`, ...lines.slice(close)].join(eol);
}

/** The formatter's line width (biome.json): a field longer than it spreads its object over lines. */
const LINE_WIDTH = 110;

/** One field of an object, on one line, or with its object's fields each on a line of their own. */
function field(key: string, value: unknown, indent: string, step: string, comma: boolean): string[] {
  const end = comma ? ',' : '';
  const line = `${indent}${JSON.stringify(key)}: ${inline(value)}${end}`;
  if ([...line].length <= LINE_WIDTH || typeof value !== 'object' || value === null || Array.isArray(value))
    return [line];
  const entries = Object.entries(value);
  return [
    `${indent}${JSON.stringify(key)}: {`,
    ...entries.map(
      ([k, v], i) => `${indent}${step}${JSON.stringify(k)}: ${inline(v)}${i < entries.length - 1 ? ',' : ''}`,
    ),
    `${indent}}${end}`,
  ];
}

/** A value on one line, spaced as the shipped campaign files write it: `{ "vi": …, "en": … }`, `["a", "b"]`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object' && value !== null)
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`)
      .join(', ')} }`;
  return JSON.stringify(value);
}
