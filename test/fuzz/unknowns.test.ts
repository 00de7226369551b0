import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineContext } from '../../src/engine/context.js';
import { createEngine } from '../../src/engine/evaluate.js';
import type { Tri } from '../../src/engine/kleene.js';
import type { Predicate } from '../../src/engine/predicate.js';
import type { Nominee } from '../../src/model/nominee.js';
import { evaluate } from '../helpers/evaluate.js';
import { book, campaign, nominee } from '../helpers/nominee.js';
import { runs } from './settings.js';

const { from, to } = campaign.period;
const PERIOD = Array.from({ length: to - from + 1 }, (_, i) => from + i);
const YEAR_CODES = campaign.vocabulary.yearCodes.map((c) => c.code);
const DISTINCTION_CODES = campaign.vocabulary.distinctions.map((c) => c.code);

/** A year cell: the code, nothing, or not yet assessed. */
const cell = fc.constantFrom('X', '', '?');

function agreed(results: readonly Tri[]): Tri {
  return results.every((r) => r === results[0]) ? (results[0] as Tri) : 'unknown';
}

/** Every way the `?` years could turn out: each holds the code or not. */
function completions(cells: readonly string[]): string[][] {
  let out: string[][] = [[]];
  for (const c of cells) {
    const choices = c === '?' ? ['X', ''] : [c];
    out = out.flatMap((prefix) => choices.map((choice) => [...prefix, choice]));
  }
  return out;
}

describe('counting years with unknowns, against every way the unknown years could turn out', () => {
  const code = YEAR_CODES.find((c) => (book.implied.get(c) ?? []).length === 1) as string;
  const result = (p: Predicate, cells: readonly string[]) => {
    const years: Record<number, string> = {};
    cells.forEach((c, i) => {
      years[PERIOD[i] as number] = c === 'X' ? code : c;
    });
    return evaluate(nominee({ years }), p).result;
  };

  it.each<[string, (n: number) => Predicate]>([
    ['yearsWith', (n) => ({ type: 'yearsWith', code, atLeast: n })],
    ['consecutiveYears', (n) => ({ type: 'consecutiveYears', code, atLeast: n })],
    ['everyYear', () => ({ type: 'everyYear', code })],
  ])('%s passes or fails only when every outcome does', (_name, predicate) => {
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: PERIOD.length, maxLength: PERIOD.length }),
        fc.integer({ min: 1, max: PERIOD.length }),
        (cells, n) => {
          const p = predicate(n);
          expect(result(p, cells)).toBe(agreed(completions(cells).map((c) => result(p, c))));
          // unknown years alone never pass
          if (!cells.includes('X') && cells.includes('?')) expect(result(p, cells)).not.toBe('pass');
        },
      ),
      runs(300),
    );
  });
});

describe('a whole judgement never turns on what is not known', () => {
  const engine = createEngine(campaign, engineContext(campaign, book));
  const flagValue = fc.constantFrom(true, false, null);
  // as the reader gives them: a flag whose blank has a meaning (`head`: blank = Không) is never unknown
  const yesNoColumns = campaign.columns.filter((c) => c.type === 'yesNo');
  const flagFor = (field: string) =>
    (yesNoColumns.find((c) => c.id === field) as { blank?: boolean } | undefined)?.blank === undefined
      ? flagValue
      : fc.boolean();
  const distinction = fc.record({
    code: fc.constantFrom(...DISTINCTION_CODES),
    year: fc.option(fc.integer({ min: from - 2, max: to + 1 }), { nil: null }),
  });
  const spec = fc.record({
    kind: fc.constantFrom('individual' as const, 'collective' as const),
    block: fc.constantFrom('HCSN' as const, 'SXKD' as const),
    years: fc.array(fc.tuple(fc.subarray(YEAR_CODES, { maxLength: 3 }), fc.boolean()), {
      minLength: PERIOD.length,
      maxLength: PERIOD.length,
    }),
    flags: fc.record(
      Object.fromEntries(yesNoColumns.map((c) => [c.id, flagFor(c.id)])) as Record<
        string,
        fc.Arbitrary<boolean | null>
      >,
    ),
    disciplined: fc.option(fc.nat(2), { nil: null }),
    awards: fc.array(distinction, { maxLength: 3 }),
    initiatives: fc.array(distinction, { maxLength: 3 }),
    member_awards: fc.array(distinction, { maxLength: 3 }),
    excellent: fc.subarray(PERIOD),
  });

  /** One way the unknowns could turn out: codes added to `?` years, flags, counts and years chosen. */
  const completion = (n: Nominee) =>
    fc
      .record({
        added: fc.array(fc.subarray(YEAR_CODES, { maxLength: 3 }), {
          minLength: PERIOD.length,
          maxLength: PERIOD.length,
        }),
        flags: fc.array(fc.boolean(), { minLength: yesNoColumns.length, maxLength: yesNoColumns.length }),
        disciplined: fc.nat(2),
        year: fc.integer({ min: from - 2, max: to + 1 }),
      })
      .map(({ added, flags, disciplined, year }): Nominee => {
        const years: Nominee['years'] = {};
        PERIOD.forEach((y, i) => {
          const cell = n.years[String(y)] as Nominee['years'][string];
          const codes = new Set(cell.codes);
          if (cell.unknown)
            for (const c of added[i] ?? [])
              for (const implied of book.implied.get(c) ?? [c]) codes.add(implied);
          years[String(y)] = { codes: [...codes], unknown: false };
        });
        const known = <T>(list: readonly { code: string; year: T | null }[]) =>
          list.map((d) => ({ ...d, year: d.year ?? year }));
        return {
          ...n,
          years,
          flags: Object.fromEntries(
            Object.entries(n.flags).map(([k, v], i) => [k, v ?? (flags[i] as boolean)]),
          ),
          counts: Object.fromEntries(Object.entries(n.counts).map(([k, v]) => [k, v ?? disciplined])),
          distinctions: Object.fromEntries(
            Object.entries(n.distinctions).map(([k, v]) => [k, known(v)]),
          ) as Nominee['distinctions'],
        };
      });

  it('every rule that passes or fails, and the verdict, stay so however the unknowns turn out', () => {
    const pairs = spec
      .map((s) => {
        const years: Record<number, string> = {};
        s.years.forEach(([codes, unknown], i) => {
          years[PERIOD[i] as number] = [...codes, ...(unknown ? ['?'] : [])].join(' ');
        });
        const asText = (list: { code: string; year: number | null }[]) =>
          list.map((d) => (d.year === null ? d.code : `${d.code}:${d.year}`));
        return nominee({
          kind: s.kind,
          block: s.block,
          years,
          flags: s.flags,
          counts: { disciplined: s.disciplined },
          yearLists: { unit_excellent_years: s.excellent },
          awards: asText(s.awards),
          initiatives: asText(s.initiatives),
          member_awards: asText(s.member_awards),
        });
      })
      .chain((n) => fc.tuple(fc.constant(n), completion(n)));
    fc.assert(
      fc.property(pairs, ([open, settled]) => {
        const before = engine.judge(open);
        const after = engine.judge(settled);
        if (before.verdict !== 'review') expect(after.verdict).toBe(before.verdict);
        for (const rule of before.rules) {
          if (rule.result === 'unknown') continue;
          expect(after.rules.find((r) => r.id === rule.id)?.result, rule.id).toBe(rule.result);
        }
      }),
      runs(300),
    );
  });
});
