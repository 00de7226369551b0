import { z } from 'zod';
import { foldKey } from '../fold.js';
import { blankWords, type ColumnType } from './module.js';

const ANSWERS = new Map<string, boolean>();
for (const s of ['Có', 'x', 'yes', 'y', '1', 'true', 'đúng', 'đạt']) ANSWERS.set(foldKey(s), true);
for (const s of ['Không', 'ko', 'k', 'no', 'n', '0', 'false', 'sai', 'không đạt'])
  ANSWERS.set(foldKey(s), false);
/** Tick marks fold to nothing, so they are looked up as typed. */
const TICKS = new Set(['✓', '✔', '√', '☑']);

const WORDS = { vi: { yes: 'Có', no: 'Không' }, en: { yes: 'yes', no: 'no' } };

/**
 * `blank`: what an empty cell says, where the form means something by leaving it empty
 * (`Người đứng đầu`: blank = Không); without it a blank cell is unknown.
 */
type YesNoOptions = { blank?: boolean | undefined };

/** Có / Không (also x, 1/0, a tick); a blank cell is unknown unless the column says otherwise. */
export const yesNo: ColumnType<boolean, YesNoOptions> = {
  type: 'yesNo',
  options: z.strictObject({ blank: z.boolean().optional() }),
  store: 'flags',
  perYear: false,
  parse(cell) {
    if (typeof cell === 'boolean') return cell;
    if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
    const text = String(cell).trim();
    if (TICKS.has(text)) return true;
    return ANSWERS.get(foldKey(text));
  },
  blank: (o) => o.blank ?? null,
  expected: (_o, lang) => `${WORDS[lang].yes} / ${WORDS[lang].no}`,
  show: (v, _o, lang) => (v ? WORDS[lang].yes : WORDS[lang].no),
  instructions: (o, c) =>
    `${WORDS.vi.yes} / ${WORDS.vi.no}. ${
      o.blank === undefined
        ? blankWords(c.feeds)
        : `Để trống nghĩa là ${o.blank ? WORDS.vi.yes : WORDS.vi.no}.`
    }`,
  template: () => ({ kind: 'list', values: [WORDS.vi.yes, WORDS.vi.no] }),
  example: () => 'Có',
  width: 12,
  compare: (a, b) => Number(a) - Number(b),
  guide: {
    vi: 'Một xác nhận Có / Không (cũng nhận x, 1/0, dấu ✓); ô để trống là chưa rõ.',
    en: 'A yes/no confirmation (x, 1/0 and a tick mark are read too); a blank cell is unknown.',
    id: 'xn_tu_luc',
    header: { vi: 'XN tự lực, tự cường, đoàn kết', en: 'confirmed: self-reliant, united' },
    options: {},
  },
};
