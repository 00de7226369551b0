import { describe, expect, it } from 'vitest';
import { and, atLeast, not, or, type Tri, verdictOf } from '../../src/engine/kleene.js';

const VALUES: Tri[] = ['pass', 'fail', 'unknown'];

describe('Kleene logic', () => {
  it('and: fail dominates, then unknown', () => {
    expect(and(['pass', 'unknown', 'fail'])).toBe('fail');
    expect(and(['pass', 'unknown'])).toBe('unknown');
    expect(and(['pass', 'pass'])).toBe('pass');
    expect(and([])).toBe('pass');
  });

  it('or: pass dominates, then unknown', () => {
    expect(or(['fail', 'unknown', 'pass'])).toBe('pass');
    expect(or(['fail', 'unknown'])).toBe('unknown');
    expect(or(['fail', 'fail'])).toBe('fail');
    expect(or([])).toBe('fail');
  });

  it("obeys De Morgan's laws over every pair", () => {
    for (const a of VALUES) {
      for (const b of VALUES) {
        expect(not(and([a, b]))).toBe(or([not(a), not(b)]));
        expect(not(or([a, b]))).toBe(and([not(a), not(b)]));
      }
    }
  });

  it('atLeast: passes on known items only, fails when even every possible one is short', () => {
    expect(atLeast(2, 0, 2)).toBe('pass');
    expect(atLeast(2, 3, 2)).toBe('pass');
    expect(atLeast(1, 1, 2)).toBe('unknown');
    expect(atLeast(0, 2, 2)).toBe('unknown');
    expect(atLeast(0, 1, 2)).toBe('fail');
    // unknowns alone never pass
    for (let possible = 0; possible < 6; possible++) expect(atLeast(0, possible, 1)).not.toBe('pass');
  });

  it('verdict: eligible only when every rule passes', () => {
    const rules = (...results: Tri[]) => results.map((result) => ({ result }));
    expect(verdictOf(rules('pass', 'pass'))).toBe('eligible');
    expect(verdictOf(rules('pass', 'unknown'))).toBe('review');
    expect(verdictOf(rules('unknown', 'fail'))).toBe('ineligible');
    expect(verdictOf(rules())).toBe('eligible');
  });
});
