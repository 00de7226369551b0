/**
 * The field separator a double-clicked CSV is split on is Windows' list separator, which follows
 * the region: Vietnamese (vi-VN) has `,` as its decimal symbol and so `;` as its list separator,
 * and a comma file opens there in one column. `;` is the default for that reason; `,` is for
 * machines set to an English region and for programs that expect RFC 4180 commas.
 */
export const CSV_SEPARATORS = { ';': ';', semicolon: ';', ',': ',', comma: ',', tab: '\t' } as const;
export type CsvSeparator = ';' | ',' | '\t';
export const DEFAULT_CSV_SEPARATOR: CsvSeparator = ';';

/** The separator a `--csv-separator` value names, or `undefined` when it names none. */
export function csvSeparator(name: string): CsvSeparator | undefined {
  const key = name === '\t' ? 'tab' : name.trim().toLowerCase();
  return Object.hasOwn(CSV_SEPARATORS, key) ? CSV_SEPARATORS[key as keyof typeof CSV_SEPARATORS] : undefined;
}
