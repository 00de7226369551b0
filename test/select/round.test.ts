import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../src/campaign/schema.js';
import { checkNominees } from '../../src/check.js';
import type { Nominee } from '../../src/model/nominee.js';
import { selectRound } from '../../src/select/round.js';
import { reasonText } from '../../src/select/words.js';
import { campaign, everyYear, type NomineeSpec, nominee } from '../helpers/nominee.js';

// Tân Uyên has 2 seats for individuals HCSN and 4 for individuals SXKD (rules/lai-chau-2020).
let row = 10;

/** An individual HCSN of Tân Uyên who meets every criterion whatever `leader` says (path A). */
function eligible(name: string, spec: NomineeSpec = {}): Nominee {
  return nominee({
    name,
    unit: 'tan-uyen',
    unitText: 'Tân Uyên',
    block: 'HCSN',
    gender: 'male',
    ethnicity: 'Kinh',
    row: row++,
    years: { ...everyYear('LĐTT'), 2018: 'LĐTT HTXSNV', 2019: 'LĐTT HTXSNV' },
    initiatives: ['SK-T:2019'],
    ...spec,
    flags: { leader: true, attest_conduct: true, ...spec.flags },
  });
}

function round(nominees: Nominee[], given: Campaign = campaign) {
  return selectRound(checkNominees({ campaign: given, files: ['test.xlsx'], nominees, findings: [] }));
}

const group = (s: ReturnType<typeof round>, category = 'individual-HCSN') =>
  s.groups.find((g) => g.unit === 'tan-uyen' && g.category === category);
const places = (s: ReturnType<typeof round>, category?: string) =>
  Object.fromEntries(
    (group(s, category)?.eligible ?? []).map((x) => [x.judgement.nominee.name, [x.rank, x.place]]),
  );

describe('select: ranking by the priorities, in the plan’s order', () => {
  it('puts an earlier priority before any number of later ones (inOrder)', () => {
    const s = round([
      eligible('Giàng A Của', { gender: 'female', ethnicity: 'Mông' }),
      eligible('Nguyễn Văn An', { flags: { leader: false } }),
      eligible('Trần Văn Bình'),
    ]);
    expect(places(s)).toEqual({
      'Nguyễn Văn An': [1, 'keep'],
      'Giàng A Của': [2, 'keep'],
      'Trần Văn Bình': [3, 'below'],
    });
    const below = group(s)?.eligible.find((x) => x.place === 'below');
    expect(below?.decidedBy).toEqual({ priority: 'UT-NU' });
  });

  it('ranks by how many priorities are met when the campaign says so (count)', () => {
    const given = campaign.priorities;
    if (!given) throw new Error('lai-chau-2020 has priorities');
    const counting: Campaign = { ...campaign, priorities: { ...given, ranking: 'count' } };
    const s = round(
      [
        eligible('Giàng A Của', { gender: 'female', ethnicity: 'Mông' }),
        eligible('Nguyễn Văn An', { flags: { leader: false } }),
        eligible('Trần Văn Bình'),
      ],
      counting,
    );
    expect(places(s)).toEqual({
      'Giàng A Của': [1, 'keep'],
      'Nguyễn Văn An': [2, 'keep'],
      'Trần Văn Bình': [3, 'below'],
    });
    expect(group(s)?.eligible.at(-1)?.decidedBy).toEqual({ count: [1, 0] });
  });

  it('states nominees equal on every priority at the cut as a tie, for the council', () => {
    const s = round([
      eligible('Lò Thị Hạnh', { gender: 'female', ethnicity: 'Thái', flags: { leader: false } }),
      eligible('Trần Thị Bích', { gender: 'female', flags: { leader: false } }),
      eligible('Nguyễn Thị Lan', { gender: 'female', flags: { leader: false } }),
      eligible('Lò Văn Piếng', { ethnicity: 'Thái' }),
    ]);
    const g = group(s);
    expect(g?.situation).toBe('over');
    expect(g?.tie).toEqual({ rank: 2, seats: 1, nominees: 2 });
    expect(places(s)).toEqual({
      'Lò Thị Hạnh': [1, 'keep'],
      'Nguyễn Thị Lan': [2, 'tie'],
      'Trần Thị Bích': [2, 'tie'],
      'Lò Văn Piếng': [4, 'below'],
    });
  });

  it('never breaks a tie by row order: the rows reversed give the same places', () => {
    const list = [
      eligible('Trần Thị Bích', { gender: 'female' }),
      eligible('Nguyễn Thị Lan', { gender: 'female' }),
      eligible('Đỗ Thị Hà', { gender: 'female' }),
    ];
    const forward = places(round(list));
    const backward = places(round([...list].reverse().map((n, i) => ({ ...n, row: 50 + i }))));
    expect(forward).toEqual(backward);
    expect(Object.values(forward).map(([, place]) => place)).toEqual(['tie', 'tie', 'tie']);
  });

  it('keeps everyone equal when they fit the seats, tie or not', () => {
    const s = round([
      eligible('A Thị Một', { gender: 'female' }),
      eligible('B Thị Hai', { gender: 'female' }),
    ]);
    expect(group(s)?.situation).toBe('full');
    expect(group(s)?.tie).toBeUndefined();
    expect(Object.values(places(s)).map(([, p]) => p)).toEqual(['keep', 'keep']);
  });

  it('counts a blank priority cell as not met and says that filling it may change the order', () => {
    const s = round([
      eligible('Lý Thị Sen', { gender: 'female' }),
      eligible('Phạm Thu Hà', { gender: null }),
      eligible('Trần Văn Bình'),
    ]);
    expect(places(s)['Phạm Thu Hà']).toEqual([2, 'tie']);
    const open = group(s)?.eligible.find((x) => x.judgement.nominee.name === 'Phạm Thu Hà');
    if (!open) throw new Error('Phạm Thu Hà is eligible');
    expect(reasonText(s, open, 'vi', 2)).toContain('Chưa rõ: Nữ (điền vào có thể đổi thứ tự)');
  });

  it('a union chair at an enterprise comes first among individuals SXKD', () => {
    const sxkd = (name: string, spec: NomineeSpec) =>
      nominee({
        name,
        unit: 'tam-duong',
        block: 'SXKD',
        gender: 'female',
        ethnicity: 'Thái',
        row: row++,
        years: { 2017: 'HTTNV', 2018: 'HTTNV ĐVXS' },
        initiatives: ['SK-DN:2019'],
        ...spec,
        flags: { attest_conduct: true, direct_worker: true, ...spec.flags },
      });
    // Tam Đường has 1 seat for individuals SXKD
    const s = round([
      sxkd('Lường Thị Ón', {}),
      sxkd('Đinh Văn Hải', {
        gender: 'male',
        ethnicity: 'Kinh',
        position: 'Chủ tịch CĐCS Công ty CP Chè',
        flags: { direct_worker: false },
      }),
      sxkd('Lò Văn Sáng', { gender: 'male', position: 'Phó Chủ tịch CĐCS Công ty CP Chè' }),
    ]);
    const g = s.groups.find((x) => x.unit === 'tam-duong' && x.category === 'individual-SXKD');
    expect(g?.eligible.map((x) => [x.judgement.nominee.name, x.rank, x.place])).toEqual([
      ['Đinh Văn Hải', 1, 'keep'],
      ['Lường Thị Ón', 2, 'below'],
      ['Lò Văn Sáng', 3, 'below'],
    ]);
  });

  it('a category the plan names no priority for is one tie when it is over its seats', () => {
    const collective = (name: string) =>
      nominee({
        kind: 'collective',
        sheet: 'Tập thể',
        name,
        unit: 'tan-uyen',
        block: 'HCSN',
        row: row++,
        years: { ...everyYear('TTLĐTT'), 2017: 'TTLĐTT HTXSNV', 2019: 'TTLĐTT HTXSNV' },
        awards: ['BK-UBND:2019'],
        member_awards: ['SK-T:2018'],
        flags: { attest_model: true, attest_solidarity: true },
        counts: { disciplined: 0 },
      });
    const s = round([collective('Trường THPT Tân Uyên'), collective('Phòng Giáo dục và Đào tạo')]);
    const g = group(s, 'collective-HCSN');
    expect(g?.tie).toEqual({ rank: 1, seats: 1, nominees: 2 });
    expect(g?.eligible.every((x) => x.priorities.length === 0)).toBe(true);
  });

  it('a unit with no seat for a category suggests nobody there, and says why', () => {
    const none: Campaign = {
      ...campaign,
      allocations: campaign.allocations.map((a) =>
        a.unit === 'tan-uyen' ? { ...a, 'individual-HCSN': 0 } : a,
      ),
    };
    const s = round([eligible('Giàng A Của', { gender: 'female' })], none);
    const g = group(s);
    expect(g?.seats).toBe(0);
    expect(g?.tie).toBeUndefined();
    expect(places(s)).toEqual({ 'Giàng A Của': [1, 'below'] });
    const only = g?.eligible[0];
    if (!only) throw new Error('Giàng A Của is eligible');
    expect(reasonText(s, only, 'vi', 0)).toContain('không được phân bổ chỗ nào');
  });
});

describe('select: seats left to fill', () => {
  it('lists the nominees to review that could fill them, with what each still needs', () => {
    const s = round([
      eligible('Lò Thị Hạnh', { gender: 'female' }),
      eligible('Vàng A Sử', { flags: { attest_conduct: null } }),
      eligible('Tòng Văn Ơn', { initiatives: ['SK-T'] }),
      eligible('Quàng Văn Hặc', { initiatives: [], flags: { leader: true } }),
    ]);
    const g = group(s);
    expect(g?.situation).toBe('under');
    expect(g?.toReview.map((r) => r.judgement.nominee.name).sort()).toEqual(['Tòng Văn Ơn', 'Vàng A Sử']);
    const open = g?.toReview.flatMap((r) =>
      r.judgement.rules.filter((x) => x.result === 'unknown').map((x) => x.id),
    );
    expect(open?.sort()).toEqual(['CN-HCSN-1', 'CN-HCSN-2']);
  });

  it('lists nobody to review where the eligible fill the seats', () => {
    const s = round([
      eligible('A Thị Một', { gender: 'female' }),
      eligible('B Thị Hai', { gender: 'female' }),
      eligible('Vàng A Sử', { flags: { attest_conduct: null } }),
    ]);
    expect(group(s)?.toReview).toEqual([]);
  });
});

describe('select: composition of the suggested list against the whole', () => {
  it('counts nominated, eligible and suggested individuals, leaving a tie out of the suggested', () => {
    const s = round([
      eligible('Lò Thị Hạnh', { gender: 'female', ethnicity: 'Thái', flags: { leader: false } }),
      eligible('Trần Thị Bích', { gender: 'female', flags: { leader: false } }),
      eligible('Nguyễn Thị Lan', { gender: 'female', flags: { leader: false } }),
      eligible('Lò Văn Piếng', { ethnicity: 'Thái' }),
      eligible('Vàng A Sử', { flags: { attest_conduct: false } }),
    ]);
    const { nominated, eligible: ok, suggested, undecided } = s.composition;
    expect([nominated.individuals, ok.individuals, suggested.individuals, undecided]).toEqual([5, 4, 1, 2]);
    expect([nominated.women.count, ok.women.count, suggested.women.count]).toEqual([3, 3, 1]);
    expect([nominated.ethnicMinorities.count, suggested.ethnicMinorities.count]).toEqual([2, 1]);
    expect(suggested.nonLeaders).toEqual({ count: 1, share: 1, unknown: 0 });
  });
});
