import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/read/cells.js';
import { type Issue, readBlock, readGender, readKind, readYear, unitLookup } from '../../src/read/values.js';
import { campaign } from '../helpers/nominee.js';

function run<T>(read: (v: CellValue, issues: Issue[]) => T, value: CellValue) {
  const issues: Issue[] = [];
  return { value: read(value, issues), issues };
}

describe('kind, block, gender', () => {
  it.each([
    ['Tập thể', 'collective'],
    ['tap the', 'collective'],
    ['Collective', 'collective'],
    ['Cá nhân', 'individual'],
    ['CA NHAN', 'individual'],
    ['individual', 'individual'],
  ])('kind %j is %s', (text, kind) => {
    expect(run(readKind, text)).toEqual({ value: kind, issues: [] });
  });

  it.each([
    ['HCSN', 'HCSN'],
    ['hcsn', 'HCSN'],
    ['Khối hành chính, sự nghiệp', 'HCSN'],
    ['hanh chinh su nghiep', 'HCSN'],
    ['SXKD', 'SXKD'],
    ['sản xuất kinh doanh', 'SXKD'],
    ['Khối sản xuất kinh doanh', 'SXKD'],
  ])('block %j is %s', (text, block) => {
    expect(run(readBlock, text)).toEqual({ value: block, issues: [] });
  });

  it('reports an unknown kind or block', () => {
    expect(run(readKind, 'Đơn vị').issues[0]?.code).toBe('E-VALUE');
    expect(run(readBlock, 'HCNS')).toEqual({
      value: null,
      issues: [{ code: 'E-VALUE', args: { value: 'HCNS', expected: 'HCSN / SXKD' } }],
    });
  });

  it.each([
    ['Nam', 'male'],
    ['Nữ', 'female'],
    ['nu', 'female'],
    ['female', 'female'],
  ])('gender %j is %s', (text, gender) => {
    expect(run(readGender, text).value).toBe(gender);
  });
});

describe('numbers', () => {
  it.each([
    [1985, 1985],
    ['1985', 1985],
    ['12/03/1985', 1985],
    [new Date(Date.UTC(1985, 2, 12)), 1985],
  ] as [CellValue, number][])('birth year %j is %i', (value, y) => {
    expect(run(readYear, value)).toEqual({ value: y, issues: [] });
  });

  it('reports a birth year that is not one', () => {
    expect(run(readYear, '85').issues[0]?.code).toBe('E-VALUE');
    expect(run(readYear, 1985.5).value).toBeNull();
  });
});

describe('units', () => {
  const unit = unitLookup(campaign.units);
  const first = campaign.units[0];
  if (!first) throw new Error('the campaign has units');

  it('matches id, name and every alias, folded', () => {
    expect(unit(first.id)).toBe(first.id);
    expect(unit(first.name.toUpperCase())).toBe(first.id);
    for (const alias of first.aliases) expect(unit(alias)).toBe(first.id);
  });

  it('matches a place name without diacritics', () => {
    expect(unit('Phong Tho')).toBe('phong-tho');
  });

  it('gives null for a unit it does not know', () => {
    expect(unit('Huyện Không Có')).toBeNull();
  });
});
