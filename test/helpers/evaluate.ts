import { engineContext } from '../../src/engine/context.js';
import type { Predicate } from '../../src/engine/predicate.js';
import { PREDICATES } from '../../src/engine/predicates/index.js';
import type { Evaluate, PredicateModule } from '../../src/engine/predicates/module.js';
import type { Nominee } from '../../src/model/nominee.js';
import { book, campaign } from './nominee.js';

export const ctx = engineContext(campaign, book);

/** Evaluate one predicate the way the engine does, nested predicates included. */
export const evaluate: Evaluate = (n: Nominee, p: Predicate) =>
  (PREDICATES[p.type] as PredicateModule<Predicate>).evaluate(n, p, ctx, evaluate);
