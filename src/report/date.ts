import { finding } from '../findings/catalogue.js';
import { InputError, type Lang } from '../findings/finding.js';

/**
 * The day a report was made, as it prints in the report and in the workbook's properties.
 * `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) fixes it, so the
 * same input and the same epoch give the same bytes; without it, the machine's today.
 */
export interface ReportDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /**
   * The workbook's created/modified and its zip entries' times: the epoch's own moment, else
   * the day's midnight in UTC, so a run on the same day gives the same bytes and every program
   * shows that day.
   */
  instant: Date;
}

export function reportDate(
  lang: Lang = 'vi',
  env: NodeJS.ProcessEnv = process.env,
  now: Date = new Date(),
): ReportDate {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch === undefined || epoch === '') {
    // the officer's calendar: the local day, as the computer's clock shows it
    const [year, month, day] = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
    return { year, month, day, instant: new Date(Date.UTC(year, month - 1, day)) };
  }
  const instant = /^\d{1,12}$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
  if (instant === undefined || Number.isNaN(instant.getTime())) {
    const reason =
      lang === 'en'
        ? `SOURCE_DATE_EPOCH "${epoch}" is not a number of seconds since 1970-01-01`
        : `SOURCE_DATE_EPOCH "${epoch}" không phải số giây kể từ 01/01/1970`;
    throw new InputError(finding('E-OPTION', { reason }));
  }
  // the convention reads the epoch in UTC, so every machine prints the same day
  return {
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
    instant,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `02/12/2026` as Vietnamese write a date, `2026-12-02` in English. */
export function shortDate(d: ReportDate, lang: Lang): string {
  return lang === 'en'
    ? `${d.year}-${pad(d.month)}-${pad(d.day)}`
    : `${pad(d.day)}/${pad(d.month)}/${d.year}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `ngày 05 tháng 02 năm 2026`, as an administrative document dates itself: a day below 10 and the
 * months 1 and 2 take a leading zero (Nghị định 30/2020/NĐ-CP, Phụ lục I), so nobody can add a
 * digit in front by hand; `5 February 2026` in English.
 */
export function longDate(d: ReportDate, lang: Lang): string {
  if (lang === 'en') return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
  const month = d.month <= 2 ? pad(d.month) : String(d.month);
  return `ngày ${pad(d.day)} tháng ${month} năm ${d.year}`;
}

/** `Lai Châu, ngày 05 tháng 02 năm 2026`; a dotted place to fill by hand when the campaign names none. */
export function placeAndDate(place: string | undefined, d: ReportDate, lang: Lang): string {
  return `${place ?? '…………'}, ${longDate(d, lang)}`;
}
