import { type CheckResult, checkNominees } from '../../src/check.js';
import { finding } from '../../src/findings/catalogue.js';
import { campaign, everyYear, nominee } from '../helpers/nominee.js';

/**
 * A small check built by hand, as the reader would hand it over: two files, eligible,
 * ineligible and review nominees, a duplicate across the files (Lò Thị Mai), a unit the
 * table does not know (Giàng A Páo), Nậm Nhùn over quota (an SXKD individual where none is
 * allocated) and a warning from the reader. Verdicts, by DOMAIN.md §3:
 * - the school: TTLĐTT in 2020 not yet assessed → review;
 * - Lò Thị Mai (twice): HTXSNV 2017 and 2019 and SK-T:2019 (path A), conduct attested → eligible;
 * - Lò Văn Pao: conduct attested as Không (and no ĐVXS) → ineligible;
 * - Giàng A Páo: no achievements at all → ineligible.
 */
export function sampleResult(): CheckResult {
  const mai = nominee({
    file: 'phong-tho.xlsx',
    row: 7,
    cells: { name: 'B7', unit: 'G7' },
    years: { ...everyYear('LĐTT'), 2017: 'HTXSNV', 2019: 'HTXSNV' },
    initiatives: ['SK-T:2019'],
    flags: { leader: true, attest_conduct: true },
  });
  const pao = nominee({
    ...{ file: 'phong-tho.xlsx', row: 8, cells: { name: 'B8', unit: 'G8' } },
    name: 'Lò Văn Pao',
    unit: 'nam-nhun',
    unitText: 'Nậm Nhùn',
    block: 'SXKD',
    gender: 'male',
    birthYear: 1979,
    years: { ...everyYear('LĐTT'), 2017: 'HTXSNV', 2019: 'HTXSNV' },
    initiatives: ['SK-T:2019'],
    flags: { leader: true, attest_conduct: false },
  });
  const school = nominee({
    file: 'phong-tho.xlsx',
    sheet: 'Tập thể',
    row: 7,
    kind: 'collective',
    name: 'Trường PTDTBT Tiểu học Sì Lở Lầu',
    cells: { name: 'B7', unit: 'C7' },
    years: { ...everyYear('TTLĐTT'), 2018: 'TTLĐTT HTXSNV', 2019: 'TTLĐTT HTXSNV', 2020: '?' },
    awards: ['BK-UBND:2019'],
    member_awards: ['SK-T:2018'],
    flags: { attest_model: true, attest_solidarity: true },
    counts: { disciplined: 0 },
  });
  const maiAgain = { ...mai, file: 'tong-hop.xlsx', row: 12, cells: { name: 'C12', unit: 'H12' } };
  const lost = nominee({
    file: 'tong-hop.xlsx',
    row: 13,
    name: 'Giàng A Páo',
    unit: null,
    unitText: 'Huyện Mộc Châu',
    cells: { name: 'C13', unit: 'H13' },
    flags: { attest_conduct: true },
  });
  const readWarning = finding(
    'W-CODE-UNKNOWN',
    { value: 'Giấy khen:2018', header: 'Khen thưởng' },
    { file: 'phong-tho.xlsx', sheet: 'Cá nhân', row: 8, column: 'Khen thưởng', cell: 'Q8' },
  );
  return checkNominees({
    campaign,
    files: ['phong-tho.xlsx', 'tong-hop.xlsx'],
    // the reader lists a file's sheets in their order: Tập thể first here
    nominees: [school, mai, pao, maiAgain, lost],
    findings: [readWarning],
  });
}

/** A check of one collective and no individual: the composition has no one to count. */
export function collectivesOnlyResult(): CheckResult {
  const collective = nominee({ kind: 'collective', name: 'Trường Mầm non Hoa Hồng', sheet: 'Tập thể' });
  return checkNominees({ campaign, files: ['test.xlsx'], nominees: [collective], findings: [] });
}
