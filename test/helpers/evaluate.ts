import { engineContext } from '../../src/engine/context.js';
import { evaluatorFor } from '../../src/engine/predicate.js';
import { book, campaign } from './nominee.js';

export const ctx = engineContext(campaign, book);

/** Evaluate one predicate the way the engine does, nested predicates included. */
export const evaluate = evaluatorFor(ctx);
