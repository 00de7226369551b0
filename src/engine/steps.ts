import type { Lang } from '../model/text.js';
import type { Step, Wording } from './predicates/module.js';

/** Where the nominee's cells are: its sheet and each input field's cell (`J20`). */
export interface CellPlace {
  sheet: string;
  cells: Readonly<Record<string, string>>;
}

const WORDS = {
  vi: {
    fill: (column: string, at: string) => `điền cột '${column}'${at}`,
    date: (codes: string, column: string, at: string) => `ghi năm của ${codes} ở cột '${column}'${at}`,
    wait: (years: string) => `chờ kết quả năm ${years}`,
    and: ' và ',
  },
  en: {
    fill: (column: string, at: string) => `fill in column '${column}'${at}`,
    date: (codes: string, column: string, at: string) =>
      `give the year of ${codes} in column '${column}'${at}`,
    wait: (years: string) => `wait for the ${years} ${years.includes(' ') ? 'results' : 'result'}`,
    and: ' and ',
  },
} as const satisfies Record<Lang, unknown>;

/**
 * What to do before an open result can be decided, as one clause an officer acts on:
 * `điền cột 'Lãnh đạo từ cấp phòng trở lên' (Cá nhân!J20); chờ kết quả năm 2020`.
 * The years to wait for are gathered into one clause, whatever part of the rule named them.
 */
export function stepsText(steps: readonly Step[], w: Wording, place?: CellPlace): string {
  const words = WORDS[w.lang];
  const at = (field: string): string => {
    const cell = place?.cells[field];
    if (!cell) return '';
    return ` (${place?.sheet ? `${place.sheet}!` : ''}${cell})`;
  };
  const clauses: string[] = [];
  const years: string[] = [];
  for (const step of steps) {
    if ('wait' in step) {
      if (!years.includes(step.wait)) years.push(step.wait);
    } else if ('date' in step) {
      clauses.push(words.date(step.codes.join(', '), w.column(step.date)[w.lang], at(step.date)));
    } else clauses.push(words.fill(w.column(step.fill)[w.lang], at(step.fill)));
  }
  if (years.length) clauses.push(words.wait(years.sort().join(words.and)));
  return clauses.join('; ');
}
