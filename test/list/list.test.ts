import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { runCheck } from '../../src/check.js';
import { buildList, decisionColumn, yearRanges } from '../../src/list/list.js';

const campaign = loadCampaign();
const SAMPLE = 'fixtures/lai-chau-2020/nominees.xlsx';

/** `name` per kind, in the list's order: units as the allocation table orders them. */
const names = (list: ReturnType<typeof buildList>, kind: 'collective' | 'individual') =>
  list.kinds
    .find((k) => k.kind === kind)
    ?.units.flatMap((u) => u.entries.map((e) => `${e.number} ${e.nominee.name} · ${u.name}`));

describe('buildList', () => {
  it('lists the eligible nominees when no decision is given, collectives first, numbered through each kind', async () => {
    const result = await runCheck([SAMPLE], { campaign });
    const list = buildList(result, 'vi');
    expect(list.basis).toBe('eligible');
    // the eligible collectives of the sample (test/e2e/cli.test.ts works them out), by unit in the
    // allocation table's order: Thành phố, Phong Thổ, …, Giáo dục, Viên chức
    expect(names(list, 'collective')).toEqual([
      '1 Phòng Tài nguyên và Môi trường thành phố · LĐLĐ Thành phố',
      '2 Công ty Cổ phần Xây dựng Lai Châu · LĐLĐ Thành phố',
      '3 Phòng Giáo dục và Đào tạo huyện Phong Thổ · LĐLĐ huyện Phong Thổ',
      '4 Trường Mầm non Hoa Hồng · Công đoàn ngành Giáo dục',
      '5 Công ty Điện lực Lai Châu · Công đoàn viên chức',
    ]);
    expect(list.kinds.map((k) => [k.kind, k.count])).toEqual([
      ['collective', 5],
      ['individual', 13],
    ]);
    expect(list.total).toBe(18);
    // within a unit HCSN before SXKD: Thành phố's two HCSN individuals come before its two SXKD ones
    expect(names(list, 'individual')?.slice(0, 4)).toEqual([
      '1 Nguyễn Văn Thành · LĐLĐ Thành phố',
      '2 Phan Văn Tuấn · LĐLĐ Thành phố',
      '3 Vũ Đình Khánh · LĐLĐ Thành phố',
      '4 Lường Thị Xuân · LĐLĐ Thành phố',
    ]);
  });

  it('sums up what the passing rules counted, by the vocabulary’s names and the years held', async () => {
    const result = await runCheck([SAMPLE], { campaign });
    const list = buildList(result, 'vi');
    const entry = (name: string) =>
      list.kinds.flatMap((k) => k.units.flatMap((u) => u.entries)).find((e) => e.nominee.name === name);
    // Lò Thị Mai: LĐTT every year, HTXSNV in 2017 and 2019, SK-T:2019 (CN-HCSN-1, path A)
    expect(entry('Lò Thị Mai')?.achievements).toBe(
      'Lao động tiên tiến 2016–2020; Hoàn thành xuất sắc nhiệm vụ 2017, 2019; Sáng kiến cấp tỉnh 2019',
    );
    // Vũ Đình Khánh (SXKD): HTTNV 2017–2019, ĐVXS 2019, SK-DN:2018
    expect(entry('Vũ Đình Khánh')?.achievements).toBe(
      'Đoàn viên công đoàn xuất sắc 2019; Hoàn thành tốt nhiệm vụ 2017–2019; Sáng kiến được doanh nghiệp ghi nhận 2018',
    );
    expect(buildList(result, 'en').kinds[0]?.units[0]?.entries[0]?.achievements).toMatch(
      /^Advanced labour collective 2016–2020; /,
    );
  });

  it('lists the approved nominees, and only those, once decisions are given', async () => {
    const result = await runCheck([SAMPLE], { campaign });
    const approved = new Set(['Lò Thị Mai', 'Trường THPT Tam Đường']);
    const list = buildList(result, 'vi', (j) => approved.has(j.nominee.name));
    expect(list.basis).toBe('approved');
    expect(list.kinds.map((k) => names(list, k.kind))).toEqual([
      ['1 Trường THPT Tam Đường · LĐLĐ huyện Tam Đường'],
      ['1 Lò Thị Mai · LĐLĐ huyện Phong Thổ'],
    ]);
  });

  it("lists the nominees the sheets' decision column approves", async () => {
    const result = await runCheck(['fixtures/decisions/golden.csv'], { campaign });
    const approved = result.judgements
      .filter((j) => j.nominee.decision === 'approved' && !j.repeatOf)
      .map((j) => j.nominee.name)
      .sort();
    const list = buildList(result, 'vi', decisionColumn);
    expect(list.basis).toBe('approved');
    expect(approved.length).toBeGreaterThan(0);
    const listed = list.kinds
      .flatMap((k) => k.units.flatMap((u) => u.entries.map((e) => e.nominee.name)))
      .sort();
    expect(listed).toEqual(approved);
  });

  it('lists, without decisions, the keepers select suggests where a unit has more eligible than seats', async () => {
    // fixtures/select/over-seats.csv (Tân Uyên): two equal collectives HCSN for 1 seat (a tie);
    // four eligible individuals HCSN for 2 seats: Lò Thị Hạnh first (not a leader, a woman, a
    // minority), Nguyễn Thị Lan and Trần Thị Bích equal for the last seat, Lò Văn Piếng (a leader)
    // below; Vàng Văn Dũng the one eligible individual SXKD, for 4 seats
    const result = await runCheck(['fixtures/select/over-seats.csv'], { campaign });
    const list = buildList(result, 'vi');
    expect(list.basis).toBe('eligible');
    expect(names(list, 'collective')).toBeUndefined();
    expect(names(list, 'individual')).toEqual([
      '1 Lò Thị Hạnh · LĐLĐ huyện Tân Uyên',
      '2 Vàng Văn Dũng · LĐLĐ huyện Tân Uyên',
    ]);
    expect(list.tied).toBe(4);
  });

  it('lists a nomination repeated in two files once', async () => {
    const result = await runCheck([SAMPLE, 'fixtures/lai-chau-2020/nominees.csv'], { campaign });
    expect(buildList(result, 'vi').total).toBe(18);
  });
});

describe('yearRanges', () => {
  it('joins three or more years in a row with a dash, and lists the others', () => {
    expect(yearRanges([2016, 2017, 2018, 2019, 2020])).toBe('2016–2020');
    expect(yearRanges([2017, 2019])).toBe('2017, 2019');
    expect(yearRanges([2016, 2017])).toBe('2016, 2017');
    expect(yearRanges([2016, 2018, 2019, 2020])).toBe('2016, 2018–2020');
    expect(yearRanges([2019])).toBe('2019');
  });
});
