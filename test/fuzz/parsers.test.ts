import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctionReader } from '../../src/model/column-types/distinctions.js';
import type { CellIssue } from '../../src/model/column-types/module.js';
import { wholeNumber } from '../../src/model/column-types/wholeNumber.js';
import { yearList } from '../../src/model/column-types/yearList.js';
import { yearCellReader } from '../../src/model/column-types/yearTitles.js';
import { yesNo } from '../../src/model/column-types/yesNo.js';
import { cellText } from '../../src/read/cells.js';
import { sniffDelimiter } from '../../src/read/csv.js';
import { detectEncoding, looksVietnamese } from '../../src/read/encoding.js';
import { readBlock, readGender, readKind, readYear, unitLookup } from '../../src/read/values.js';
import { book, campaign } from '../helpers/nominee.js';
import { runs } from './settings.js';

const YEAR_CODES = new Set(campaign.vocabulary.yearCodes.map((c) => c.code));
const DISTINCTION_CODES = new Set(campaign.vocabulary.distinctions.map((c) => c.code));

/**
 * Strings as cells hold them: any text at all, and text made of the pieces codes are written
 * with (codes, Vietnamese names, years, separators, brackets, invisible spaces), which reaches
 * the parser's corners far more often than random text does.
 */
const pieces = [
  ...campaign.vocabulary.yearCodes.flatMap((c) => [c.code, c.name.vi]),
  ...campaign.vocabulary.distinctions.flatMap((c) => [c.code, c.name.vi]),
  '?',
  'CX',
  '2016',
  '2018',
  '2020',
  '1999',
  '2031',
  'năm',
  'year',
  ':',
  ';',
  ',',
  '-',
  '–',
  '(',
  ')',
  ' ',
  '\n',
  '\r\n',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '&',
  '/',
  '+',
  'x',
  'Có',
  'Không',
  '',
  '0',
  '١٢',
];
const cellString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join('')),
  fc
    .array(fc.constantFrom(...pieces), { maxLength: 12 })
    .map((parts) => parts.join('').normalize('NFD').toLowerCase()),
);
const cellValue = fc.oneof(
  cellString,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15) }),
  fc.constant(null),
);

describe('the code parser never throws, whatever a cell holds', () => {
  const yearCell = yearCellReader(book);
  const distinctions = distinctionReader(book, campaign.period);

  it('reads year cells to codes of the vocabulary only, the same way every time', () => {
    fc.assert(
      fc.property(cellValue, (value) => {
        const issues: CellIssue[] = [];
        const cell = yearCell(value, issues);
        for (const code of cell.codes) expect(YEAR_CODES.has(code)).toBe(true);
        const again: CellIssue[] = [];
        expect(yearCell(value, again)).toEqual(cell);
        expect(again).toEqual(issues);
      }),
      runs(1000),
    );
  });

  it('reads distinctions to codes of the vocabulary with a year or none', () => {
    fc.assert(
      fc.property(cellValue, (value) => {
        const issues: CellIssue[] = [];
        for (const d of distinctions(value, issues)) {
          expect(DISTINCTION_CODES.has(d.code)).toBe(true);
          expect(d.year === null || Number.isInteger(d.year)).toBe(true);
        }
        for (const issue of issues)
          expect(['W-CODE-UNKNOWN', 'W-YEAR-MISSING', 'W-YEAR-OUTSIDE']).toContain(issue.code);
      }),
      runs(1000),
    );
  });

  it('reads every other kind of cell to a value or a finding, never an exception', () => {
    const unit = unitLookup(campaign.units);
    fc.assert(
      fc.property(cellValue, (value) => {
        const issues: CellIssue[] = [];
        if (value !== null) {
          yearList.parse(value, {}, { book, period: campaign.period, issues });
          yesNo.parse(value, {});
          const count = wholeNumber.parse(value, {});
          if (count !== undefined) expect(Number.isInteger(count) && count >= 0).toBe(true);
        }
        readKind(value, issues);
        readBlock(value, issues);
        readGender(value, issues);
        const year = readYear(value, issues);
        if (year !== null) expect(year).toBeGreaterThanOrEqual(1900);
        unit(cellText(value));
        for (const issue of issues) expect(typeof issue.code).toBe('string');
      }),
      runs(1000),
    );
  });
});

describe('sniffing text never throws', () => {
  it('finds a delimiter and an encoding for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, complete) => {
        const buffer = Buffer.from(bytes);
        expect([',', ';', '\t']).toContain(sniffDelimiter(buffer.toString('utf8')));
        const detected = detectEncoding(buffer, complete);
        expect('encoding' in detected || 'unknown' in detected).toBe(true);
        looksVietnamese(buffer.toString('latin1'));
      }),
      runs(500),
    );
  });
});
