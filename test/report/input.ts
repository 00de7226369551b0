import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { type CheckResult, runCheck } from '../../src/check.js';
import { campaign } from '../helpers/nominee.js';

export { campaign };

/**
 * A submission as a unit would send it: one CSV sheet of both kinds, read and judged by the
 * real pipeline. Expected verdicts, worked out from DOMAIN.md §3:
 * - row 2, `=HYPERLINK(…)`: HTXSNV every year and SK-T:2018 (CN-HCSN-1 path A), conduct
 *   attested → eligible. Its name is the formula-injection probe.
 * - row 3, Lò Thị Mai: LĐTT only, no distinction → CN-HCSN-1 fails (neither path), conduct
 *   blank → CN-HCSN-2 unknown → ineligible.
 * - row 4, the school (a `|` in its name): TTLĐTT 2016–2019, 2020 `?` → TT-HCSN-1 unknown,
 *   everything else passes → review.
 * - row 5, Vàng A Dơ: SXKD, HTTNV 2016–2017, ĐVXS 2018, SK-DN:2019, conduct attested →
 *   eligible; `XYZ` in 2017 is an unknown code (a warning at Q5… the 2017 column).
 * - row 6, `<script>…`: SXKD with nothing achieved → ineligible.
 */
export const HEADER = [
  'Loại',
  'Họ và tên',
  'Năm sinh',
  'Chức vụ, đơn vị công tác',
  'Đơn vị đề nghị',
  'Khối',
  'Lãnh đạo từ cấp phòng trở lên',
  '2016',
  '2017',
  '2018',
  '2019',
  '2020',
  'Khen thưởng',
  'Sáng kiến',
  'XN phẩm chất chính trị',
  'Thành tích cá nhân trong tập thể',
  'XN mô hình, cách làm hay',
  'XN đoàn kết, trong sạch vững mạnh',
  'XN chấp hành chủ trương, pháp luật',
  'Số người bị kỷ luật',
];

export const HYPERLINK = '=HYPERLINK("http://x","y")';
export const SCRIPT = '<script>alert(1)</script>';
export const SCHOOL = 'Trường Mầm non Hoa Hồng | số 1';

// biome-ignore format: one nominee per line, aligned with HEADER
export const ROWS: string[][] = [
  ['Cá nhân', HYPERLINK, '1985', '+84 912 345 678', 'Phong Thổ', 'HCSN', 'Không', 'HTXSNV', 'HTXSNV', 'HTXSNV', 'HTXSNV', 'HTXSNV', '', 'SK-T:2018', 'Có', '', '', '', '', ''],
  ['Cá nhân', 'Lò Thị Mai', '1990', '-', 'Phong Thổ', 'HCSN', 'Không', 'LĐTT', 'LĐTT', 'LĐTT', 'LĐTT', 'LĐTT', '', '', '', '', '', '', '', ''],
  ['Tập thể', SCHOOL, '', '', 'Tam Đường', 'HCSN', '', 'TTLĐTT', 'TTLĐTT', 'TTLĐTT; HTXSNV', 'TTLĐTT; HTXSNV', '?', 'BK-UBND:2019', '', '', 'SK-T:2018', 'Có', 'Có', 'Có', '0'],
  ['Cá nhân', 'Vàng A Dơ', '1988', '', 'Tam Đường', 'SXKD', 'Không', 'HTTNV', 'HTTNV; XYZ', 'ĐVXS', '', '', '', 'SK-DN:2019', 'Có', '', '', '', '', ''],
  ['Cá nhân', SCRIPT, '1979', '@admin', 'Phong Thổ', 'SXKD', 'Không', '', '', '', '', '', '', '', 'Có', '', '', '', '', ''],
];

/** Write `rows` as a CSV in a fresh folder, run the check on it and remove the folder. */
export async function checkRows(rows: string[][] = ROWS): Promise<{ result: CheckResult }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'eligibility-report-'));
  try {
    const file = path.join(dir, 'nominees.csv');
    await writeFile(file, stringify([HEADER, ...rows]));
    return { result: await runCheck([file], { campaign }) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
