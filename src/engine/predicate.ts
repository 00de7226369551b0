import { z } from 'zod';
import type { Nominee } from '../model/nominee.js';
import { textSchema } from '../model/text.js';
import type { EngineContext } from './context.js';
import { PREDICATES, type Predicate } from './predicates/index.js';
import type {
  Description,
  Evidence,
  ExampleForm,
  PredicateModule,
  Reads,
  Step,
  Walk,
  Wording,
} from './predicates/module.js';

/**
 * The predicates criteria are built from, as the registry (`predicates/index.ts`) declares them:
 * their union type, the schema a rule file is checked with, and the entry points every other part
 * of the tool uses. Data files name a `type` and give its parameters; nothing in a campaign is code.
 */

export type { Distinctions } from './predicates/distinctions.js';
export type { Predicate } from './predicates/index.js';

export const predicateSchema: z.ZodType<Predicate> = z.lazy(() =>
  z.union(
    Object.values(PREDICATES).map((m) =>
      (m.schema(predicateSchema) as unknown as z.ZodObject).extend({ label: textSchema.optional() }),
    ) as unknown as [z.ZodType<Predicate>, ...z.ZodType<Predicate>[]],
  ),
) as z.ZodType<Predicate>;

function moduleOf(p: { type: string }): PredicateModule<Predicate, Evidence['args']> {
  return PREDICATES[p.type as Predicate['type']] as unknown as PredicateModule<Predicate, Evidence['args']>;
}

/** Judge a nominee by a predicate tree, with the campaign's context. */
export function evaluatorFor(ctx: EngineContext): Walk['evaluate'] {
  const walkHere: Walk = { ...WALK, evaluate: (n, p) => evaluateWith(n, p) };
  const evaluateWith = (n: Nominee, p: Predicate): Evidence => {
    const evidence = moduleOf(p).evaluate(n, p, ctx, walkHere);
    if (p.label) evidence.label = p.label;
    return evidence;
  };
  return evaluateWith;
}

/** The predicate in plain words, its label first. */
export function describePredicate(p: Predicate, w: Wording): Description {
  const d = moduleOf(p).describe(p, w, WALK);
  return p.label ? { ...d, text: `${p.label[w.lang]}: ${d.text}` } : d;
}

/** The evidence of `p` in plain words, its label first. */
export function renderEvidence(p: Predicate, e: Evidence, w: Wording): string {
  const text = moduleOf(p).render(p, e, w, WALK);
  return e.label ? `${e.label[w.lang]}: ${text}` : text;
}

/** Input fields behind a result that is not a pass, sorted, each once. */
export function culpritCells(p: Predicate, e: Evidence): string[] {
  return [...new Set(cellsOf(p, e))].sort((a, b) => a.localeCompare(b));
}

function cellsOf(p: Predicate, e: Evidence): string[] {
  return e.result === 'pass' ? [] : moduleOf(p).cells(p, e, WALK);
}

/** What would decide an open result, each step once, in the order the criterion reads. */
export function stepsOf(p: Predicate, e: Evidence): Step[] {
  if (e.result !== 'unknown') return [];
  const seen = new Set<string>();
  return moduleOf(p)
    .steps(p, e, WALK)
    .filter((s) => {
      const key = JSON.stringify(s);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Fill `form` so the example row satisfies `p`. */
export function exampleOf(p: Predicate, form: ExampleForm): void {
  moduleOf(p).example(p, form, WALK);
}

/** The codes and columns a predicate tree names. */
export function readsOf(p: Predicate): Reads {
  return moduleOf(p).reads(p, WALK);
}

const WALK: Walk = {
  reads: readsOf,
  evaluate: () => {
    throw new Error('evaluate needs an engine context: use evaluatorFor');
  },
  describe: describePredicate,
  render: renderEvidence,
  cells: cellsOf,
  steps: (p, e) => (e.result === 'unknown' ? moduleOf(p).steps(p, e, WALK) : []),
  example: exampleOf,
};
