import type { Text } from '../campaign/schema.js';
import { finding, inLangs } from '../findings/catalogue.js';
import type { Finding } from '../findings/finding.js';
import { clean } from '../model/fold.js';
import { rowRanges } from './cells.js';

/**
 * What an office writes below its table (DOMAIN.md §2, issue 16): a totals row, a note, the
 * place and date line, the signature block and the signers' names; and, between two tables on
 * one sheet, the next table's title. None of them is a nominee.
 */
export type FooterPart = 'totals' | 'note' | 'date' | 'signature' | 'names' | 'title';

/** How each part is named in the finding that says where the table ended. */
export const FOOTER_PART_WORDS: Record<FooterPart, Text> = {
  totals: { vi: 'dòng tổng cộng', en: 'totals row' },
  note: { vi: 'ghi chú', en: 'note' },
  date: { vi: 'dòng địa danh, ngày tháng', en: 'place and date line' },
  signature: { vi: 'phần ký tên', en: 'signature block' },
  names: { vi: 'họ tên người ký', en: "signers' names" },
  title: { vi: 'tiêu đề', en: 'title' },
};

/**
 * `Tổng cộng: 15 cá nhân`, `Cộng`, `Tổng số 13`, `TỔNG CỘNG (A+B)`. The word must end there or be
 * followed by a colon, a bracket, a dash or a number: `Cộng đồng dân cư`, `Tổ dân phố Cộng Hòa`
 * and `Tong cong ty` (a Tổng công ty typed without marks) are names, not totals.
 */
const TOTALS = /^(?:tổng cộng|tổng số|tổng|cộng|tong cong|tong so)\s*(?:$|[:(\-–]|\d)/u;
/** `Ghi chú: …`, `Lưu ý`, `* Ghi chú`. */
const NOTE = /^(?:ghi chú|ghi chu|lưu ý|chú thích)\s*(?:$|[:.\-–])/u;
/** `Lai Châu, ngày 20 tháng 4 năm 2020`, `ngày … tháng … năm 2020`, `Ngày   tháng   năm`. */
const DATE_LINE = /ngày[\s\d.…_/-]*tháng[\s\d.…_/-]*năm/u;
/** `TM. BAN THƯỜNG VỤ`, `T/M BAN CHẤP HÀNH`, `KT. CHỦ TỊCH`, `TL. GIÁM ĐỐC`, `Q. CHỦ TỊCH`. */
const ON_BEHALF = /^(?:tm|t\/m|kt|k\/t|tl|t\/l|tuq|q)[./:]\s*\S/u;
/** `(Ký, ghi rõ họ tên)`, `(Ký tên, đóng dấu)`, `(đã ký)`. */
const SIGN_HINT = /^\((?:ký|kí|đã ký|đã kí)(?!\p{L})/u;
/** The titles that head a signature: the whole text is one of them. */
const SIGNER_TITLE =
  /^(?:người lập(?: biểu| bảng| danh sách)?|người tổng hợp|chủ tịch|phó chủ tịch|thủ trưởng(?: đơn vị| cơ quan)?|trưởng ban|phó trưởng ban|giám đốc|hiệu trưởng|xác nhận của .+|nơi nhận)\s*:?$/u;
/** `DANH SÁCH ĐỀ NGHỊ … CÁ NHÂN`: the title of a table that follows on the same sheet. */
const TITLE = /^danh sách\s/u;

/** Lower case, marks kept (a `Tổng công ty` is no `Tổng cộng`), decoration in front gone. */
function words(text: string): string {
  return clean(text)
    .toLowerCase()
    .replace(/^[\s*•·\-–]+/u, '');
}

/** Whether a row's first text opens a totals row. */
export function isTotals(first: string): boolean {
  return TOTALS.test(words(first));
}

/**
 * The footer part a row's texts show, `null` when none. `texts` are the row's non-blank cells
 * left to right, every column of the sheet included (a date line often sits right of the table).
 */
export function footerPart(texts: readonly string[]): FooterPart | null {
  const first = texts[0];
  if (first === undefined) return null;
  if (isTotals(first)) return 'totals';
  const all = texts.map(words);
  if (NOTE.test(all[0] as string)) return 'note';
  if (all.some((t) => SIGNER_TITLE.test(t) || ON_BEHALF.test(t) || SIGN_HINT.test(t))) return 'signature';
  if (all.some((t) => DATE_LINE.test(t))) return 'date';
  if (texts.length === 1 && TITLE.test(all[0] as string)) return 'title';
  return null;
}

/**
 * Where a table ends: the rows read as its own, the totals rows skipped on the way, and the
 * footer once it starts. Said once, when the table is done (`end`).
 */
export class TableEnd {
  /** The row the footer starts on; 0 while the table goes on. */
  started = 0;
  /** The last row was a totals row: what follows, unless a nominee or a section, is the footer. */
  afterTotals = false;
  private last = 0;
  private totalsRow = 0;
  private readonly skipped: number[] = [];
  private readonly parts = new Set<FooterPart>();

  constructor(private readonly where: { file: string; sheet?: string }) {}

  /** A row of the table (a nominee, or a row with its errors). */
  row(number: number): void {
    this.last = number;
    this.afterTotals = false;
  }

  /** A totals row: the table's end, or a subtotal when rows follow. */
  totals(number: number): void {
    this.add(number, 'totals');
    if (!this.afterTotals) this.totalsRow = number;
    this.afterTotals = true;
  }

  /** The footer starts here, or at the totals row just above. */
  start(number: number, part: FooterPart): void {
    this.started = this.afterTotals ? this.totalsRow : number;
    this.add(number, part);
  }

  add(number: number, part: FooterPart): void {
    this.skipped.push(number);
    this.parts.add(part);
  }

  end(): Finding[] {
    const first = this.skipped[0];
    if (first === undefined) return [];
    const parts = [...this.parts].map((p) => FOOTER_PART_WORDS[p]);
    return [
      finding(
        'I-TABLE-END',
        {
          last: this.last,
          rows: rowRanges(this.skipped),
          ...inLangs('parts', {
            vi: parts.map((p) => p.vi).join(', '),
            en: parts.map((p) => p.en).join(', '),
          }),
        },
        { ...this.where, row: this.started || first },
      ),
    ];
  }
}
