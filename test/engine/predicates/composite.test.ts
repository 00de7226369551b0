import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../../src/engine/predicate.js';
import { evaluate } from '../../helpers/evaluate.js';
import { nominee } from '../../helpers/nominee.js';

const yes: Predicate = { type: 'flag', field: 'attest_model', is: true };
const no: Predicate = { type: 'flag', field: 'attest_solidarity', is: true };
const blank: Predicate = { type: 'flag', field: 'attest_compliance', is: true };
const n = nominee({ flags: { attest_model: true, attest_solidarity: false, attest_compliance: null } });

describe('all / any / onlyWhen', () => {
  it.each([
    ['all', [yes, yes], 'pass'],
    ['all', [yes, blank], 'unknown'],
    ['all', [blank, no], 'fail'],
    ['any', [no, yes], 'pass'],
    ['any', [no, blank], 'unknown'],
    ['any', [no, no], 'fail'],
  ] as const)('%s of %#', (type, of, expected) => {
    expect(evaluate(n, { type, of: [...of] }).result).toBe(expected);
  });

  it.each([
    ['condition holds: the requirement decides', yes, no, 'fail'],
    ['condition holds and requirement holds', yes, yes, 'pass'],
    ['condition fails: the path is closed', no, yes, 'fail'],
    ['condition blank: unknown at best', blank, yes, 'unknown'],
    ['condition blank, requirement fails', blank, no, 'fail'],
  ] as const)('onlyWhen: %s', (_, when, require, expected) => {
    expect(evaluate(n, { type: 'onlyWhen', when, require }).result).toBe(expected);
  });

  it('keeps the evidence of every part', () => {
    const e = evaluate(n, { type: 'all', of: [yes, no] });
    expect(e.children?.map((c) => c.result)).toEqual(['pass', 'fail']);
  });
});
