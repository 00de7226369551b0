import { choice } from './choice.js';
import { date } from './date.js';
import { decimal } from './decimal.js';
import { distinctions } from './distinctions.js';
import type { ColumnType, Held } from './module.js';
import { money } from './money.js';
import { scale } from './scale.js';
import { text } from './text.js';
import { wholeNumber } from './wholeNumber.js';
import { year } from './year.js';
import { yearList } from './yearList.js';
import { yearTitles } from './yearTitles.js';
import { yesNo } from './yesNo.js';

/**
 * Every type a campaign can declare a column of, by the `type` its declaration gives. A new type
 * is one module and one line here; the `satisfies` refuses a module missing a part.
 */
export const COLUMN_TYPES = {
  yesNo,
  wholeNumber,
  decimal,
  money,
  date,
  year,
  scale,
  choice,
  text,
  yearTitles,
  distinctions,
  yearList,
} satisfies Registry;

// biome-ignore lint/suspicious/noExplicitAny: each type's options are its own
type Registry = { [T in string]: ColumnType<any, any> & { type: T } };

export type ColumnTypeName = keyof typeof COLUMN_TYPES;
export const COLUMN_TYPE_NAMES = Object.keys(COLUMN_TYPES) as [ColumnTypeName, ...ColumnTypeName[]];

/** A type's module, for a declaration already checked against its options. */
// biome-ignore lint/suspicious/noExplicitAny: the declaration's options were checked by the type's schema
export function columnType(name: ColumnTypeName): ColumnType<Held, any> {
  // biome-ignore lint/suspicious/noExplicitAny: as above
  return COLUMN_TYPES[name] as ColumnType<any, any>;
}
