import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { and, atLeast, not, or, type Tri, verdictOf } from '../../src/engine/kleene.js';
import { runs } from './settings.js';

const tri = fc.constantFrom<Tri>('pass', 'fail', 'unknown');
const tris = fc.array(tri, { maxLength: 7 });

/** Every way the unknowns could turn out. */
function completions(values: readonly Tri[]): Tri[][] {
  let out: Tri[][] = [[]];
  for (const v of values) {
    const choices: Tri[] = v === 'unknown' ? ['pass', 'fail'] : [v];
    out = out.flatMap((prefix) => choices.map((c) => [...prefix, c]));
  }
  return out;
}

/** What a three-valued result must be: the answer all completions agree on, else unknown. */
function agreed(results: readonly Tri[]): Tri {
  return results.every((r) => r === results[0]) ? (results[0] as Tri) : 'unknown';
}

describe('Kleene logic, DOMAIN.md §3', () => {
  it('and / or are commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(tri, tri, tri, (a, b, c) => {
        expect(and([a, b])).toBe(and([b, a]));
        expect(or([a, b])).toBe(or([b, a]));
        expect(and([a, and([b, c])])).toBe(and([and([a, b]), c]));
        expect(or([a, or([b, c])])).toBe(or([or([a, b]), c]));
        expect(and([a, b, c])).toBe(and([and([a, b]), c]));
        expect(and([a, a])).toBe(a);
        expect(or([a, a])).toBe(a);
      }),
      runs(100),
    );
  });

  it('pass is the identity of and, fail of or; fail absorbs and, pass absorbs or', () => {
    fc.assert(
      fc.property(tris, (xs) => {
        expect(and([...xs, 'pass'])).toBe(and(xs));
        expect(or([...xs, 'fail'])).toBe(or(xs));
        expect(and([...xs, 'fail'])).toBe('fail');
        expect(or([...xs, 'pass'])).toBe('pass');
      }),
      runs(100),
    );
    expect(and([])).toBe('pass');
    expect(or([])).toBe('fail');
  });

  it("De Morgan's laws, double negation and absorption hold", () => {
    fc.assert(
      fc.property(tris, tri, tri, (xs, a, b) => {
        expect(not(and(xs))).toBe(or(xs.map(not)));
        expect(not(or(xs))).toBe(and(xs.map(not)));
        expect(not(not(a))).toBe(a);
        expect(and([a, or([a, b])])).toBe(a);
        expect(or([a, and([a, b])])).toBe(a);
      }),
      runs(200),
    );
  });

  it('and / or answer pass or fail exactly when every way the unknowns turn out agrees', () => {
    fc.assert(
      fc.property(tris, (xs) => {
        const all = completions(xs);
        expect(and(xs)).toBe(agreed(all.map(and)));
        expect(or(xs)).toBe(agreed(all.map(or)));
      }),
      runs(300),
    );
  });

  it('counting with unknowns: pass only on what is known, fail only when no outcome could reach it', () => {
    fc.assert(
      fc.property(fc.nat(8), fc.nat(8), fc.integer({ min: 1, max: 10 }), (known, possible, needed) => {
        const outcomes = Array.from({ length: possible + 1 }, (_, extra) =>
          known + extra >= needed ? 'pass' : 'fail',
        ) as Tri[];
        expect(atLeast(known, possible, needed)).toBe(agreed(outcomes));
        // unknowns alone never make a pass
        expect(atLeast(0, possible, needed)).not.toBe('pass');
      }),
      runs(300),
    );
  });

  it('the verdict is eligible, ineligible or review exactly as the rules all pass, one fails, or neither', () => {
    fc.assert(
      fc.property(tris, (xs) => {
        const verdict = verdictOf(xs.map((result) => ({ result })));
        // stated as DOMAIN.md §3 says it, not through the engine's own AND
        const expected = xs.includes('fail') ? 'ineligible' : xs.includes('unknown') ? 'review' : 'eligible';
        expect(verdict).toBe(expected);
      }),
      runs(100),
    );
  });
});
