import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaign } from '../helpers/nominee.js';
import { tsSources } from '../helpers/sources.js';

/**
 * Nothing in src/ may know the Lai Châu plan: its years, its units, its counts or its code
 * list come from rules/, so a new campaign is a new folder, not a code change.
 */
const SRC = path.resolve(import.meta.dirname, '../../src');

/**
 * Code only: comments may name an example (`BK-UBND:2018`) to explain a format, and so may a
 * module's `guide` entry, whose examples use codes an author knows from real rounds
 * (docs/campaign-guide.md is written from them); the rest of the module must not.
 */
const stripComments = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1')
    .replace(/^(\s*)guide: \{[\s\S]*?^\1\},?$/gm, '');

const files = tsSources(SRC).map((file) => ({
  file: path.relative(SRC, file),
  text: stripComments(readFileSync(file, 'utf8')),
}));

describe('src/ knows no campaign', () => {
  const years = [];
  for (let y = campaign.period.from; y <= campaign.period.to; y++) years.push(String(y));

  it.each(years)('no year %s', (year) => {
    const hits = files
      .filter((f) => new RegExp(`(?<![\\d.-])${year}(?![\\d])`).test(f.text))
      .map((f) => f.file);
    expect(hits).toEqual([]);
  });

  it('no unit id or unit name', () => {
    const needles = campaign.units.flatMap((u) => [
      `'${u.id}'`,
      u.name,
      ...u.aliases.filter((a) => a.length > 6),
    ]);
    const hits = files.flatMap((f) =>
      needles.filter((n) => f.text.includes(n)).map((n) => `${f.file}: ${n}`),
    );
    expect(hits).toEqual([]);
  });

  it('no achievement code', () => {
    const codes = [
      ...campaign.vocabulary.yearCodes.map((c) => c.code),
      ...campaign.vocabulary.distinctions.map((c) => c.code),
    ];
    const hits = files.flatMap((f) =>
      codes.filter((c) => new RegExp(`['"\`]${c}['"\`]`).test(f.text)).map((c) => `${f.file}: ${c}`),
    );
    expect(hits).toEqual([]);
  });
});
