import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../src/campaign/schema.js';
import { checkPerUnitFile, fileUnit } from '../../src/checks/per-unit-file.js';
import type { Verdict } from '../../src/engine/kleene.js';
import type { Judgement } from '../../src/engine/types.js';
import { renderFinding } from '../../src/findings/catalogue.js';
import { campaign, type NomineeSpec, nominee } from '../helpers/nominee.js';

const allocation = (unit: string, hcsn: number) => ({
  unit,
  total: hcsn,
  collective: 0,
  individual: hcsn,
  'collective-HCSN': 0,
  'collective-SXKD': 0,
  'individual-HCSN': hcsn,
  'individual-SXKD': 0,
});

/** Three units of the default campaign with two HCSN individual seats each, so counts are visible here. */
const small: Campaign = {
  ...campaign,
  allocations: [allocation('phong-tho', 2), allocation('sin-ho', 2), allocation('tam-duong', 2)],
};

let row = 6;
const judged = (
  file: string,
  unit: string | null,
  verdict: Verdict = 'eligible',
  spec: NomineeSpec = {},
): Judgement => {
  row++;
  return {
    nominee: nominee({
      file,
      row,
      name: `Người ${row}`,
      unit,
      unitText: unit ?? 'Mộc Châu',
      cells: { name: `B${row}`, unit: `G${row}` },
      ...spec,
    }),
    verdict,
    rules: [],
  };
};

describe('fileUnit', () => {
  it('is the unit most nominees name; on a tie, the one named first; unknown units do not vote', () => {
    const js = [judged('a', 'sin-ho'), judged('a', null), judged('a', 'phong-tho'), judged('a', 'phong-tho')];
    expect(fileUnit('a', js, small)).toEqual({ file: 'a', unit: 'phong-tho', count: 2, total: 4 });
    const tie = [judged('b', 'sin-ho'), judged('b', 'phong-tho')];
    expect(fileUnit('b', tie, small).unit).toBe('sin-ho');
    expect(fileUnit('c', [judged('c', null), judged('c', 'y-te')], small)).toMatchObject({
      unit: null,
      count: 0,
    });
  });
});

describe('checkPerUnitFile', () => {
  // phong-tho.xlsx: three Phong Thổ nominees (one over its 2 seats) and one from Sìn Hồ;
  // sin-ho.xlsx: one Sìn Hồ nominee; nobody sent a Tam Đường file
  const pt = [
    judged('phong-tho.xlsx', 'phong-tho'),
    judged('phong-tho.xlsx', 'sin-ho'),
    judged('phong-tho.xlsx', 'phong-tho', 'review'),
    judged('phong-tho.xlsx', 'phong-tho'),
  ];
  const sh = [judged('sin-ho.xlsx', 'sin-ho')];
  const { quota, findings } = checkPerUnitFile([...pt, ...sh], ['phong-tho.xlsx', 'sin-ho.xlsx'], small);

  it("counts each file against its own unit's allocation alone", () => {
    const hcsn = quota.filter((q) => q.category === 'individual-HCSN');
    expect(hcsn.map((q) => [q.file, q.unit, q.nominated, q.eligible, q.review, q.status])).toEqual([
      ['phong-tho.xlsx', 'phong-tho', 3, 2, 1, 'over'],
      // the Sìn Hồ nominee in Phong Thổ's file is not counted for Sìn Hồ either
      ['sin-ho.xlsx', 'sin-ho', 1, 1, 0, 'under'],
      [undefined, 'tam-duong', 0, 0, 0, 'under'],
    ]);
    expect(quota).toHaveLength(3 * 4);
  });

  it('flags the nominee of another unit at its unit cell, in the words of the catalogue', () => {
    const foreign = findings.filter((f) => f.code === 'Q-FOREIGN-UNIT');
    expect(foreign).toHaveLength(1);
    expect(foreign[0]).toMatchObject({
      severity: 'error',
      file: 'phong-tho.xlsx',
      cell: (pt[1] as Judgement).nominee.cells.unit,
    });
    expect(renderFinding(foreign[0] as (typeof foreign)[number], 'vi')).toBe(
      `"${(pt[1] as Judgement).nominee.name}" thuộc LĐLĐ huyện Sìn Hồ, nhưng tệp này là hồ sơ của LĐLĐ huyện Phong Thổ; không tính vào số lượng của LĐLĐ huyện Phong Thổ`,
    );
  });

  it('says which unit each file was taken for, and puts its quota findings on the file', () => {
    expect(findings.filter((f) => f.code === 'I-FILE-UNIT').map((f) => [f.file, f.args])).toEqual([
      ['phong-tho.xlsx', { unit: 'LĐLĐ huyện Phong Thổ', count: 3, total: 4 }],
      ['sin-ho.xlsx', { unit: 'LĐLĐ huyện Sìn Hồ', count: 1, total: 1 }],
    ]);
    const over = findings.filter((f) => f.code === 'Q-OVER');
    expect(over.map((f) => f.file)).toEqual(['phong-tho.xlsx']);
  });

  it('leaves a file whose nominees name no known unit to Q-UNIT', () => {
    const lost = [judged('x.csv', null), judged('x.csv', null)];
    const r = checkPerUnitFile(lost, ['x.csv'], small);
    expect(r.findings.filter((f) => f.code === 'Q-UNIT')).toHaveLength(2);
    expect(r.findings.some((f) => f.code === 'I-FILE-UNIT')).toBe(false);
    expect(r.quota.every((q) => q.file === undefined && q.nominated === 0)).toBe(true);
  });
});
