import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, fill, finding, inLangs, renderFinding } from '../../src/findings/catalogue.js';
import { tsSources } from '../helpers/sources.js';

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src');
const entries = Object.entries(CATALOGUE);

/** Placeholders of a template, a per-language argument (`fieldVi`, `dateVn`) counted as its plain name. */
function placeholders(template: string): string[] {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] as string).replace(/(Vi|Vn|En)$/, ''));
  return [...new Set(names)].sort();
}

describe('the catalogue of findings', () => {
  it.each(entries)('%s: its prefix says its family and, for E/W/I, its severity', (code, type) => {
    expect(code).toMatch(/^[A-Z]{1,2}-[A-Z0-9]+(?:-[A-Z0-9]+)*$/);
    const expected = { E: 'error', W: 'warning', I: 'info' }[code.split('-')[0] as string];
    if (expected) expect(type.severity).toBe(expected);
  });

  it.each(entries)('%s: titled and worded in both languages, with the same placeholders', (_code, type) => {
    for (const lang of ['vi', 'en'] as const) {
      expect(type.title[lang].trim()).not.toBe('');
      expect(type.template[lang].trim()).not.toBe('');
      expect(type.template[lang]).not.toMatch(/\s$|\.$/);
    }
    expect(placeholders(type.template.vi)).toEqual(placeholders(type.template.en));
  });

  it('has no code that nothing in src/ reports', () => {
    const text = tsSources(SRC)
      .filter((f) => !f.endsWith(path.join('findings', 'catalogue.ts')))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = entries.map(([code]) => code).filter((code) => !text.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });
});

describe('words that differ by language', () => {
  it('takes `nameVi` / `nameEn` over `name` when a language is given', () => {
    const args = { kind: 'x', ...inLangs('kind', { vi: 'tập thể', en: 'a collective' }) };
    expect(args).toEqual({ kind: 'x', kindVi: 'tập thể', kindEn: 'a collective' });
    expect(fill('{kind}/{kind}', args, 'vi')).toBe('tập thể/tập thể');
    expect(fill('{kind}', args, 'en')).toBe('a collective');
    expect(fill('{kind}', args)).toBe('x');
    expect(fill('{missing}', args, 'en')).toBe('{missing}');
  });

  it('renders W-COLUMN-NOT-APPLICABLE without a Vietnamese word in English', () => {
    const f = finding('W-COLUMN-NOT-APPLICABLE', {
      header: 'Năm sinh',
      value: '1999',
      ...inLangs('kind', { vi: 'tập thể', en: 'a collective' }),
    });
    expect(renderFinding(f, 'en')).toBe(
      'Column "Năm sinh" does not apply to a collective; "1999" is ignored',
    );
    expect(renderFinding(f, 'vi')).toBe('Cột "Năm sinh" không áp dụng cho tập thể; giá trị "1999" bị bỏ qua');
  });
});
