import type { Nominee } from '../../model/nominee.js';
import type { EngineContext } from '../context.js';
import type { Predicate } from '../predicate.js';
import type { Evidence } from '../types.js';

/** One predicate: judges a nominee and returns what it found, as data (words come later). */
export interface PredicateModule<P extends Predicate> {
  evaluate(nominee: Nominee, params: P, ctx: EngineContext, evaluate: Evaluate): Evidence;
}

/** Evaluates a nested predicate; passed in so composite predicates need not import the registry. */
export type Evaluate = (nominee: Nominee, predicate: Predicate) => Evidence;
