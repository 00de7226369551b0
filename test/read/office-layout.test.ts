import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.js';
import { clean } from '../../src/model/fold.js';
import { withoutHonorific } from '../../src/model/honorifics.js';
import { renderJson } from '../../src/report/json.js';
import { campaign } from '../helpers/nominee.js';

/**
 * Done-when of issue 16: the sample list laid out as a unit's office lays it out
 * (fixtures/lai-chau-2020/office-layout.xlsx, written by scripts/make-fixtures.mjs from the same
 * records) reads exactly as the plain one: the same verdicts, rule results, units and quota, and
 * no error or warning the plain one does not have. Positions differ, names keep their words of
 * address, and the info findings that say how the layout was read are the layout's own.
 * test/perf/xlsx-stream.test.ts reads the fixture streamed and loaded whole alike.
 */
const DIR = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'lai-chau-2020');
/** What the layout explains, and the plain list has no cause for. */
const LAYOUT_INFO = new Set(['I-TABLE-END', 'I-SECTION', 'I-TABLE-SECOND']);
/** Arguments that are places in the file. */
const POSITION_ARGS = new Set(['first']);

type Json = Record<string, unknown>;

async function report(file: string) {
  const result = await runCheck([path.join(DIR, file)], { campaign });
  return JSON.parse(renderJson(result, 'vi')) as {
    nominees: Json[];
    quota: Json[];
    composition: Json[];
    findings: Json[];
  };
}

const person = (name: unknown) => clean(withoutHonorific(String(name)).normalize('NFC'));
const sorted = (items: unknown[]) => items.map((i) => JSON.stringify(i)).sort();

/** `(Cá nhân!T22)`: where a rule's message sends the reader, a place in the file. */
const CELL_IN_TEXT = /\s*\([^()]*![A-Z]+\d+\)/g;

/**
 * A nominee as the comparison sees it: no place in the file (nor in its rules' messages), the
 * name without its word of address, whether it repeats an earlier row rather than where that is.
 */
function nominee({ file: _f, sheet: _s, row: _r, unitText: _u, name, rules, repeatOf, ...rest }: Json) {
  const plainRules = (rules as Json[]).map((r) => ({
    ...r,
    message: String(r.message).replace(CELL_IN_TEXT, ''),
  }));
  return { name: person(name), rules: plainRules, repeats: repeatOf !== null, ...rest };
}

function findingOf({ file: _f, sheet: _s, row: _r, column: _c, cell: _x, message: _m, args, ...rest }: Json) {
  const kept: Json = {};
  for (const [k, v] of Object.entries((args ?? {}) as Json)) {
    if (POSITION_ARGS.has(k)) continue;
    kept[k] = k === 'name' ? person(v) : v;
  }
  return { ...rest, args: kept };
}

describe('a list as offices lay it out reads as the same list laid out plainly', async () => {
  const plain = await report('nominees.xlsx');
  const office = await report('office-layout.xlsx');

  it('reads every nominee, with the same unit, verdict and rule results', () => {
    expect(office.nominees).toHaveLength(plain.nominees.length);
    expect(sorted(office.nominees.map(nominee))).toEqual(sorted(plain.nominees.map(nominee)));
  });

  it('keeps the words of address in the names it shows', () => {
    expect(office.nominees.map((n) => n.name)).toContain('Đ/c Nguyễn Văn Thành');
  });

  it('counts the same quota and composition', () => {
    expect(office.quota).toEqual(plain.quota);
    expect(office.composition).toEqual(plain.composition);
  });

  it('has no finding the plain list has not, but the info findings the layout explains', () => {
    const own = office.findings.filter((f) => !LAYOUT_INFO.has(String(f.code)));
    expect(sorted(own.map(findingOf))).toEqual(sorted(plain.findings.map(findingOf)));
    expect(office.findings.filter((f) => f.severity !== 'info').length).toBe(
      plain.findings.filter((f) => f.severity !== 'info').length,
    );
  });

  it('says where each table ended, each section and the second table', () => {
    const codes = office.findings.filter((f) => LAYOUT_INFO.has(String(f.code))).map((f) => f.code);
    expect(codes.filter((c) => c === 'I-TABLE-END')).toHaveLength(2);
    expect(codes.filter((c) => c === 'I-SECTION')).toHaveLength(4);
    expect(codes.filter((c) => c === 'I-TABLE-SECOND')).toHaveLength(1);
  });
});
