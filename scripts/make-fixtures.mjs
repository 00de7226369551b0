// Writes the sample submission fixtures/lai-chau-2020/nominees.xlsx, the same nominees as
// nominees.csv (one sheet with a `Loại` column, UTF-8 with BOM) and as office-layout.xlsx (laid
// out as a unit's office lays a list out): `node scripts/make-fixtures.mjs`.
// Re-running gives byte-identical files: workbook dates are fixed and so are the zip entries' times.
//
// The nominees are made up but shaped like a real provincial list: official title rows above
// the table, a row of column numbers under the header, codes written short (LĐTT), as their
// Vietnamese names and without diacritics. What each one is meant to show is noted beside it;
// test/e2e/cli.test.ts checks those verdicts, worked out from DOMAIN.md §3.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addFormSheet,
  BOTH_TITLE,
  COLLECTIVE_COLUMNS,
  COLLECTIVE_TITLE,
  FEDERATION,
  formCsv,
  INDIVIDUAL_COLUMNS,
  INDIVIDUAL_TITLE,
  PLAN_NOTE,
  workbookBytes,
  y,
} from './lib/forms.mjs';
import { addOfficeLayoutSheet } from './lib/office-layout.mjs';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'lai-chau-2020');
const FIXED_DATE = new Date(Date.UTC(2020, 3, 20, 8, 0, 0));
const every = (code) => y(code, code, code, code, code);

// ---------------------------------------------------------------------------------------------
// Tập thể (collectives)

const COLLECTIVES = [
  // eligible, written without diacritics: unit by its place name, block and yes/no in lower case
  {
    name: 'Phòng Tài nguyên và Môi trường thành phố',
    unit: 'Thanh pho Lai Chau',
    block: 'hcsn',
    years: y('TTLDTT', 'TTLDTT; HTXSNV', 'TTLDTT', 'ttldtt; htxsnv', 'TTLDTT'),
    awards: 'BK-UBND:2019',
    member_awards: 'SK-T:2018',
    model: 'co',
    solidarity: 'co',
    disciplined: 0,
  },
  // eligible: TTLĐTT implies HTCT
  {
    name: 'Công ty Cổ phần Xây dựng Lai Châu',
    unit: 'LĐLĐ Thành phố',
    block: 'SXKD',
    years: y('HTCT', 'HTCT', 'HTCT', 'TTLĐTT', 'TTLĐTT'),
    member_awards: 'BK-TLĐ:2019',
    model: 'Có',
    solidarity: 'Có',
    compliance: 'Có',
    disciplined: 0,
  },
  // review: the number disciplined is blank (TT-SXKD-5 unknown)
  {
    name: 'Công ty Cổ phần Cấp nước Lai Châu',
    unit: 'Thành phố',
    block: 'SXKD',
    years: every('HTCT'),
    member_awards: 'BK-UBND:2018',
    model: 'Có',
    solidarity: 'Có',
    compliance: 'Có',
    disciplined: '',
  },
  // eligible
  {
    name: 'Phòng Giáo dục và Đào tạo huyện Phong Thổ',
    unit: 'Phong Thổ',
    block: 'HCSN',
    years: y('TTLĐTT', 'TTLĐTT', 'TTLĐTT; HTXSNV', 'TTLĐTT; HTXSNV', 'TTLĐTT'),
    awards: 'BK-UBND:2019',
    member_awards: 'SK-T:2018',
    model: 'Có',
    solidarity: 'Có',
    disciplined: 0,
  },
  // ineligible: nothing in 2017 (TT-SXKD-1 fails)
  {
    name: 'Công ty Cổ phần Chè Phong Thổ',
    unit: 'huyện Phong Thổ',
    block: 'SXKD',
    years: y('HTCT', '', 'HTCT', 'HTCT', 'HTCT'),
    member_awards: 'BK-UBND:2019',
    model: 'Có',
    solidarity: 'Có',
    compliance: 'Có',
    disciplined: 0,
  },
  // ineligible: HTXSNV in one year only (TT-HCSN-2 fails)
  {
    name: 'Trường THPT Tam Đường',
    unit: 'Tam Đường',
    block: 'HCSN',
    years: y('TTLĐTT', 'TTLĐTT; HTXSNV', 'TTLĐTT', 'TTLĐTT', 'TTLĐTT'),
    awards: 'BK-UBND:2018',
    member_awards: 'BLĐST:2019',
    model: 'Có',
    solidarity: 'Có',
    disciplined: 0,
  },
  // ineligible: the member's certificate is from 2014, before the period (TT-SXKD-3 fails)
  {
    name: 'Chi nhánh Ngân hàng Nông nghiệp huyện Tam Đường',
    unit: 'LĐLĐ huyện Tam Đường',
    block: 'SXKD',
    years: every('HTCT'),
    member_awards: 'BK-UBND:2014',
    model: 'Có',
    solidarity: 'Có',
    compliance: 'Có',
    disciplined: 0,
  },
  // review: the models attestation is blank (TT-HCSN-4 unknown)
  {
    name: 'Trung tâm Y tế huyện Sìn Hồ',
    unit: 'Sìn Hồ',
    block: 'HCSN',
    years: y('TTLĐTT', 'TTLĐTT', 'TTLĐTT; HTXSNV', 'TTLĐTT', 'TTLĐTT; HTXSNV'),
    awards: 'BK-UBND:2020',
    member_awards: 'GIAI-HTSTKT:2019',
    model: '',
    solidarity: 'Có',
    disciplined: 0,
  },
  // review: 2020 not yet assessed (CX) (TT-SXKD-1 unknown)
  {
    name: 'Công ty TNHH MTV Thương mại Sìn Hồ',
    unit: 'huyện Sìn Hồ',
    block: 'SXKD',
    years: y('HTCT', 'HTCT', 'HTCT', 'HTCT', 'CX'),
    member_awards: 'BK-TLĐ:2017',
    model: 'Có',
    solidarity: 'Có',
    compliance: 'Có',
    disciplined: 0,
  },
  // review: codes as Vietnamese names, 2020 not yet assessed (TT-HCSN-1 unknown); a comma in the name
  {
    name: 'Khoa Nội, Bệnh viện Đa khoa tỉnh',
    unit: 'Công đoàn ngành Y Tế',
    block: 'HCSN',
    years: y(
      'Tập thể lao động tiên tiến',
      'Tập thể lao động tiên tiến; Hoàn thành xuất sắc nhiệm vụ',
      'Tập thể lao động tiên tiến; Hoàn thành xuất sắc nhiệm vụ',
      'Tập thể lao động tiên tiến',
      '?',
    ),
    awards: 'Bằng khen của UBND tỉnh:2018',
    member_awards: 'SK-T:2019',
    model: 'Có',
    solidarity: 'Có',
    disciplined: 0,
  },
  // eligible: TTLĐXS implies TTLĐTT
  {
    name: 'Trường Mầm non Hoa Hồng',
    unit: 'ngành Giáo dục',
    block: 'HCSN',
    years: y('TTLĐXS; HTXSNV', 'TTLĐTT', 'TTLĐXS; HTXSNV', 'TTLĐTT', 'TTLĐTT'),
    awards: 'BK-TLĐ:2018',
    member_awards: 'BLĐST:2017',
    model: 'Có',
    solidarity: 'Có',
    disciplined: 0,
  },
  // ineligible: one person disciplined (TT-HCSN-7 fails)
  {
    name: 'Văn phòng Sở Tài chính',
    unit: 'CĐVC',
    block: 'HCSN',
    years: y('TTLĐTT; HTXSNV', 'TTLĐTT', 'TTLĐTT', 'TTLĐTT; HTXSNV', 'TTLĐTT'),
    awards: 'BK-BO:2017',
    member_awards: 'SK-T:2019',
    model: 'Có',
    solidarity: 'Có',
    disciplined: 1,
  },
  // eligible: codes as Vietnamese names
  {
    name: 'Công ty Điện lực Lai Châu',
    unit: 'Công đoàn viên chức',
    block: 'SXKD',
    years: every('Tập thể lao động tiên tiến'),
    member_awards: 'Bằng khen Tổng Liên đoàn:2018',
    model: 'Có',
    solidarity: 'Có',
    compliance: 'Có',
    disciplined: 0,
  },
];

// ---------------------------------------------------------------------------------------------
// Cá nhân (individuals), grouped by unit as a compiled provincial list is

/** The duplicate of Nguyễn Thị Hoa: upper case, a double space, decomposed (NFD) as old IMEs type. */
const HOA_AGAIN = 'NGUYỄN THỊ  HOA'.normalize('NFD');

const INDIVIDUALS = [
  // eligible on path B: not a leader, LĐTT every year, HTXSNV once, two grassroots initiatives
  {
    name: 'Nguyễn Văn Thành',
    birth: 1978,
    gender: 'Nam',
    ethnicity: 'Kinh',
    position: 'Chuyên viên Phòng Nội vụ thành phố',
    unit: 'LĐLĐ Thành phố',
    block: 'HCSN',
    leader: 'Không',
    years: y('LĐTT', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT', 'LĐTT'),
    initiatives: 'SK-CS:2017; SK-CS:2019',
    conduct: 'Có',
  },
  // ineligible: the same record as above, but a leader, so path B is closed to her
  {
    name: 'Trần Thị Hương',
    birth: 1980,
    gender: 'Nữ',
    ethnicity: 'Kinh',
    position: 'Trưởng phòng Tài chính - Kế hoạch thành phố',
    unit: 'LĐLĐ Thành phố',
    block: 'HCSN',
    leader: 'Có',
    years: y('LĐTT', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT', 'LĐTT'),
    initiatives: 'SK-CS:2017; SK-CS:2019',
    conduct: 'Có',
  },
  // eligible on path A: HTXSNV twice (CSTĐCS implies LĐTT) and a Prime Minister's certificate
  {
    name: 'Phan Văn Tuấn',
    birth: 1975,
    gender: 'Nam',
    ethnicity: 'Kinh',
    position: 'Phó Chánh Văn phòng HĐND - UBND thành phố',
    unit: 'TP Lai Châu',
    block: 'HCSN',
    leader: 'Có',
    years: y('CSTĐCS; HTXSNV', 'LĐTT', 'CSTĐCS; HTXSNV', 'LĐTT', 'LĐTT'),
    awards: 'BK-TTCP:2019',
    conduct: 'Có',
  },
  // eligible, SXKD
  {
    name: 'Vũ Đình Khánh',
    birth: 1989,
    gender: 'Nam',
    ethnicity: 'Kinh',
    position: 'Công nhân vận hành, Công ty Cổ phần Xây dựng Lai Châu',
    unit: 'LĐLĐ Thành phố',
    block: 'SXKD',
    leader: 'Không',
    direct: 'Có',
    years: y('', 'HTTNV', 'HTTNV', 'HTTNV; ĐVXS', ''),
    initiatives: 'SK-DN:2018',
    conduct: 'Có',
  },
  // eligible, SXKD, every code as its Vietnamese name
  {
    name: 'Lường Thị Xuân',
    birth: 1992,
    gender: 'Nữ',
    ethnicity: 'Thái',
    position: 'Công nhân Công ty Cổ phần Cấp nước Lai Châu',
    unit: 'Thành phố',
    block: 'SXKD',
    leader: 'Không',
    direct: 'Có',
    years: y(
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ; Đoàn viên công đoàn xuất sắc',
      '',
      '',
    ),
    initiatives: 'Sáng kiến cấp cơ sở:2019',
    conduct: 'Có',
  },
  // eligible on path A with a provincial initiative
  {
    name: 'Lò Thị Mai',
    birth: 1986,
    gender: 'Nữ',
    ethnicity: 'Thái',
    position: 'Phó Chủ tịch Công đoàn xã Mường So',
    unit: 'Phong Thổ',
    block: 'HCSN',
    leader: 'Có',
    years: y('LĐTT', 'LĐTT; HTXSNV', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT'),
    initiatives: 'SK-T:2019',
    conduct: 'Có',
  },
  // eligible on path B with a certificate of the province
  {
    name: 'Tẩn Thị Mẩy',
    birth: 1990,
    gender: 'Nữ',
    ethnicity: 'Dao',
    position: 'Giáo viên Trường PTDTBT Tiểu học Sì Lở Lầu',
    unit: 'huyện Phong Thổ',
    block: 'HCSN',
    leader: 'Không',
    years: y('LĐTT', 'LĐTT', 'LĐTT', 'LĐTT', 'LĐTT; HTXSNV'),
    awards: 'BK-UBND:2020',
    conduct: 'Có',
  },
  // ineligible, SXKD: never an excellent union member (CN-SXKD-2 fails)
  {
    name: 'Bùi Văn Tiến',
    birth: 1985,
    gender: 'Nam',
    ethnicity: 'Kinh',
    position: 'Tổ trưởng sản xuất, Công ty Cổ phần Chè Phong Thổ',
    unit: 'Phong Thổ',
    block: 'SXKD',
    leader: 'Không',
    direct: 'Có',
    years: y('', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV'),
    initiatives: 'SK-DN:2019',
    conduct: 'Có',
  },
  // review, SXKD: HTTNV once and 2017 not yet assessed (CN-SXKD-1 unknown)
  {
    name: 'Hà Thị Ngọc',
    birth: 1993,
    gender: 'Nữ',
    ethnicity: 'Lự',
    position: 'Kế toán Hợp tác xã Dịch vụ nông nghiệp Mường So',
    unit: 'Phong Thổ',
    block: 'SXKD',
    leader: 'Không',
    years: y('HTTNV', '?', '', 'ĐVXS', ''),
    initiatives: 'SK-DN:2019',
    conduct: 'Có',
  },
  // ineligible: no LĐTT in 2020 and HTXSNV once (both paths fail)
  {
    name: 'Lê Văn Đức',
    birth: 1983,
    gender: 'Nam',
    ethnicity: 'Kinh',
    position: 'Kế toán UBND xã Bình Lư',
    unit: 'Tam Đường',
    block: 'HCSN',
    leader: 'Không',
    years: y('LĐTT', 'LĐTT; HTXSNV', 'LĐTT', 'LĐTT', ''),
    initiatives: 'SK-CS:2019',
    conduct: 'Có',
  },
  // eligible, SXKD: one of two nominees of Tam Đường for one seat (over quota)
  {
    name: 'Đinh Văn Hải',
    birth: 1987,
    gender: 'Nam',
    ethnicity: 'Kinh',
    position: 'Công nhân Công ty Cổ phần Chè Tam Đường',
    unit: 'Tam Đường',
    block: 'SXKD',
    leader: 'Không',
    direct: 'Có',
    years: y('', '', 'HTTNV', 'HTTNV', 'HTTNV; ĐVXS'),
    initiatives: 'SK-CS:2019',
    conduct: 'Có',
  },
  // ineligible, SXKD: conduct not attested (CN-SXKD-4 fails); the second nominee for that seat
  {
    name: 'Lý Thị Sen',
    birth: 1990,
    gender: 'Nữ',
    ethnicity: 'Lự',
    position: 'Công nhân Công ty Cổ phần Chè Tam Đường',
    unit: 'Tam Đường',
    block: 'SXKD',
    leader: 'Không',
    direct: 'Có',
    years: y('', 'HTTNV', 'HTTNV', 'HTTNV; ĐVXS', 'HTTNV'),
    initiatives: 'SK-DN:2020',
    conduct: 'Không',
  },
  // review: the leader cell is blank, so path B is open (CN-HCSN-1 unknown)
  {
    name: 'Hoàng Văn Nam',
    birth: 1982,
    gender: 'Nam',
    ethnicity: 'Giáy',
    position: 'Cán bộ Phòng Nông nghiệp và PTNT huyện Sìn Hồ',
    unit: 'Sìn Hồ',
    block: 'HCSN',
    leader: '',
    years: y('LĐTT', 'LĐTT', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT'),
    awards: 'BK-TLĐ:2019',
    conduct: 'Có',
  },
  // review: 2020 not yet assessed, so LĐTT in every year is open (CN-HCSN-1 unknown)
  {
    name: 'Tòng Thị Phương',
    birth: 1988,
    gender: 'Nữ',
    ethnicity: 'Thái',
    position: 'Y sĩ Trạm Y tế xã Pa Khóa',
    unit: 'Sìn Hồ',
    block: 'HCSN',
    leader: 'Không',
    years: y('LĐTT', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT', '?'),
    initiatives: 'SK-CS:2018; SK-CS:2019',
    conduct: 'Có',
  },
  // review, SXKD: conduct blank (CN-SXKD-4 unknown)
  {
    name: 'Chu Văn Long',
    birth: 1984,
    gender: 'Nam',
    ethnicity: 'Kinh',
    position: 'Thợ vận hành Nhà máy Thủy điện Nậm Na 2',
    unit: 'huyện Sìn Hồ',
    block: 'SXKD',
    leader: 'Không',
    direct: 'Có',
    years: y('HTTNV', 'HTTNV', 'HTTNV; ĐVXS', '', ''),
    initiatives: 'SK-CS:2017',
    conduct: '',
  },
  // review: conduct blank (CN-HCSN-2 unknown)
  {
    name: 'Phạm Thị Lan',
    birth: 1979,
    gender: 'Nữ',
    ethnicity: 'Kinh',
    position: 'Điều dưỡng trưởng Bệnh viện Đa khoa tỉnh',
    unit: 'Y tế',
    block: 'HCSN',
    leader: 'Có',
    years: y('LĐTT', 'LĐTT; HTXSNV', 'LĐTT; HTXSNV', 'LĐTT', 'LĐTT'),
    initiatives: 'SK-T:2018',
    conduct: '',
  },
  // eligible (both paths); nominated again below
  {
    name: 'Nguyễn Thị Hoa',
    birth: 1985,
    gender: 'Nữ',
    ethnicity: 'Kinh',
    position: 'Bác sĩ Khoa Nhi, Bệnh viện Đa khoa tỉnh',
    unit: 'CĐN Y tế',
    block: 'HCSN',
    leader: 'Không',
    years: y('LĐTT; HTXSNV', 'LĐTT', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT'),
    initiatives: 'SK-T:2020',
    conduct: 'Có',
  },
  // eligible on path B, written without diacritics
  {
    name: 'Nguyen Thi Thu',
    birth: 1991,
    gender: 'Nu',
    ethnicity: 'Kinh',
    position: 'Duoc si Trung tam Y te thanh pho',
    unit: 'Y te',
    block: 'hcsn',
    leader: 'khong',
    years: y('ldtt', 'ldtt', 'ldtt; htxsnv', 'ldtt', 'ldtt'),
    awards: 'BK-UBND:2020',
    conduct: 'co',
  },
  // ineligible, SXKD: the initiative is from 2015, before the period (CN-SXKD-3 fails)
  {
    name: 'Đào Văn Quý',
    birth: 1986,
    gender: 'Nam',
    ethnicity: 'Kinh',
    position: 'Kỹ thuật viên Công ty Cổ phần Dược - Vật tư y tế Lai Châu',
    unit: 'ngành Y tế',
    block: 'SXKD',
    leader: 'Không',
    years: y('HTTNV', 'HTTNV; ĐVXS', 'HTTNV', 'HTTNV', ''),
    initiatives: 'SK-DN:2015',
    conduct: 'Có',
  },
  // the duplicate: eligible on its own, D-DUP naming the row of Nguyễn Thị Hoa above
  {
    name: HOA_AGAIN,
    birth: 1985,
    gender: 'Nữ',
    ethnicity: 'Kinh',
    position: 'Bác sĩ Khoa Nhi, Bệnh viện Đa khoa tỉnh',
    unit: 'CĐN Y tế',
    block: 'HCSN',
    leader: 'Không',
    years: y('LĐTT; HTXSNV', 'LĐTT', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT'),
    initiatives: 'SK-T:2020',
    conduct: 'Có',
  },
  // eligible head of unit: the school was TTLĐXS in two years (CN-HEAD-1 passes)
  {
    name: 'Đỗ Mạnh Cường',
    birth: 1970,
    gender: 'Nam',
    ethnicity: 'Kinh',
    position: 'Hiệu trưởng Trường THPT Chuyên Lê Quý Đôn',
    unit: 'Công đoàn ngành Giáo dục',
    block: 'HCSN',
    leader: 'Có',
    head: 'Có',
    years: y('CSTĐCS; HTXSNV', 'LĐTT', 'CSTĐCS; HTXSNV', 'LĐTT', 'CSTĐCS; HTXSNV'),
    awards: 'BLĐST:2019',
    unitExcellent: '2018; 2019',
    conduct: 'Có',
  },
  // ineligible: conduct attested as Không (CN-HCSN-2 fails)
  {
    name: 'Lò Thị Chăm',
    birth: 1984,
    gender: 'Nữ',
    ethnicity: 'Thái',
    position: 'Giáo viên Trường Tiểu học Đông Phong',
    unit: 'Giáo dục',
    block: 'HCSN',
    leader: 'Không',
    years: y('LĐTT', 'LĐTT', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT'),
    initiatives: 'SK-CS:2018; SK-CS:2020',
    conduct: 'Không',
  },
  // ineligible head of unit: the office was TTLĐXS in one year only (CN-HEAD-1 fails)
  {
    name: 'Vàng A Sử',
    birth: 1976,
    gender: 'Nam',
    ethnicity: 'Mông',
    position: 'Chánh Văn phòng Sở Nội vụ',
    unit: 'Công đoàn viên chức',
    block: 'HCSN',
    leader: 'Có',
    head: 'Có',
    years: y('LĐTT; HTXSNV', 'LĐTT; HTXSNV', 'LĐTT', 'LĐTT', 'LĐTT'),
    initiatives: 'SK-T:2017',
    unitExcellent: '2019',
    conduct: 'Có',
  },
  // review: the Prime Minister's certificate has no year (CN-HCSN-1 unknown)
  {
    name: 'Sùng Thị Mỷ',
    birth: 1987,
    gender: 'Nữ',
    ethnicity: 'Mông',
    position: 'Chuyên viên Sở Lao động - Thương binh và Xã hội',
    unit: 'CĐVC',
    block: 'HCSN',
    leader: 'Có',
    years: y('LĐTT', 'LĐTT; HTXSNV', 'LĐTT; HTXSNV', 'LĐTT', 'LĐTT'),
    awards: 'BK-TTCP',
    conduct: 'Có',
  },
  // eligible: the certificate written as its Vietnamese name; `Giấy khen` is not in the vocabulary
  {
    name: 'Đặng Quốc Bảo',
    birth: 1981,
    gender: 'Nam',
    ethnicity: 'Kinh',
    position: 'Phó Giám đốc Sở Khoa học và Công nghệ',
    unit: 'Viên chức',
    block: 'HCSN',
    leader: 'Có',
    years: y('LĐTT', 'LĐTT', 'LĐTT', 'LĐTT; HTXSNV', 'LĐTT; HTXSNV'),
    awards: 'Bằng khen của Thủ tướng Chính phủ:2020; Giấy khen:2018',
    conduct: 'Có',
  },
  // eligible, SXKD: HTXSNV implies HTTNV
  {
    name: 'Phan Thị Yến',
    birth: 1983,
    gender: 'Nữ',
    ethnicity: 'Kinh',
    position: 'Phó phòng Kinh doanh, Công ty Điện lực Lai Châu',
    unit: 'Công đoàn viên chức',
    block: 'SXKD',
    leader: 'Có',
    years: y('', '', 'HTXSNV', 'HTXSNV; ĐVXS', ''),
    initiatives: 'SK-CS:2018',
    conduct: 'Có',
  },
  // eligible, SXKD, written without diacritics
  {
    name: 'Mua A Chu',
    birth: 1988,
    gender: 'Nam',
    ethnicity: 'Mong',
    position: 'Cong nhan Cong ty Dien luc Lai Chau',
    unit: 'Cong doan vien chuc',
    block: 'sxkd',
    leader: 'khong',
    direct: 'co',
    years: y('httnv', 'httnv; dvxs', 'httnv', '', ''),
    initiatives: 'SK-DN:2017',
    conduct: 'co',
  },
];

// ---------------------------------------------------------------------------------------------
// nominees.xlsx: the two official sheets, centred titles, every table cell boxed

function addSheet(workbook, name, title, columns, rows) {
  const sheet = addFormSheet(workbook, name, title, columns, rows);
  for (const r of [1, 2, 3, 4]) sheet.getRow(r).alignment = { horizontal: 'center' };
  const numbers = sheet.getRow(7);
  numbers.font = { name: 'Times New Roman', italic: true };
  numbers.alignment = { horizontal: 'center' };
  const thin = { style: 'thin' };
  for (let r = 6; r < 8 + rows.length; r++) {
    for (let c = 1; c <= columns.length; c++) {
      sheet.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  }
}

async function writeWorkbook(file) {
  const bytes = await workbookBytes(FEDERATION, FIXED_DATE, (workbook) => {
    addSheet(workbook, 'Tập thể', COLLECTIVE_TITLE, COLLECTIVE_COLUMNS, COLLECTIVES);
    addSheet(workbook, 'Cá nhân', INDIVIDUAL_TITLE, INDIVIDUAL_COLUMNS, INDIVIDUALS);
  });
  writeFileSync(file, bytes);
}

// ---------------------------------------------------------------------------------------------
// nominees.csv: one sheet, both kinds told apart by `Loại`, names in one `Họ và tên` column

function writeCsv(file) {
  const records = [
    ...COLLECTIVES.map((r) => ({ ...r, kind: 'Tập thể' })),
    ...INDIVIDUALS.map((r) => ({ ...r, kind: 'Cá nhân' })),
  ];
  writeFileSync(file, formCsv([FEDERATION, BOTH_TITLE, PLAN_NOTE], records));
}

// ---------------------------------------------------------------------------------------------
// office-layout.xlsx: the same nominees as a unit's office lays them out (scripts/lib/office-layout.mjs);
// test/read/office-layout.test.ts checks it reads exactly as nominees.xlsx

async function writeOfficeLayout(file) {
  const bytes = await workbookBytes(FEDERATION, FIXED_DATE, (workbook) => {
    addOfficeLayoutSheet(workbook, COLLECTIVES, INDIVIDUALS);
  });
  writeFileSync(file, bytes);
}

mkdirSync(OUT, { recursive: true });
const written = ['nominees.xlsx', 'nominees.csv', 'office-layout.xlsx'];
await writeWorkbook(path.join(OUT, 'nominees.xlsx'));
writeCsv(path.join(OUT, 'nominees.csv'));
await writeOfficeLayout(path.join(OUT, 'office-layout.xlsx'));
process.stdout.write(written.map((name) => `${path.join('fixtures', 'lai-chau-2020', name)}\n`).join(''));
