/**
 * Numbers as Vietnamese staff write them: `.` groups thousands and `,` marks decimals
 * (`1.200.000`, `85,5`), though a decimal point also comes in from English-set computers (`85.5`).
 */

const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_DECIMAL = /^\d+(?:,\d+)?$/;
const POINT_DECIMAL = /^\d+(?:\.\d+)?$/;
const SPACED = /^\d{1,3}(?: \d{3})+$/;

/** A non-negative number written the Vietnamese or the English way, or `undefined`. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(/\u00A0/g, ' ');
  if (GROUPED.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (COMMA_DECIMAL.test(t)) return Number(t.replace(',', '.'));
  if (POINT_DECIMAL.test(t)) return Number(t);
  if (SPACED.test(t)) return Number(t.replace(/ /g, ''));
  return undefined;
}

/** `80.000.000`, `85,5`: a number as Vietnamese text writes it. */
export function showNumber(n: number, lang: 'vi' | 'en'): string {
  const [whole = '0', fraction] = String(Math.round(n * 100) / 100).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return fraction ? `${grouped}${lang === 'vi' ? ',' : '.'}${fraction}` : grouped;
}

export function compareNumbers(a: number, b: number): number {
  return a - b;
}
