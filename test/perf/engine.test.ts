import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineContext } from '../../src/engine/context.js';
import { activeTest, createEngine } from '../../src/engine/evaluate.js';
import { verdictOf } from '../../src/engine/kleene.js';
import { evaluatorFor } from '../../src/engine/predicate.js';
import type { Judgement } from '../../src/engine/types.js';
import { kindOf } from '../../src/model/kinds.js';
import { type Nominee, nomineeSchema } from '../../src/model/nominee.js';
import { readNomineeFile } from '../../src/read/index.js';
import { book, campaign } from '../helpers/nominee.js';
import { FIXTURES, generated } from './generated.js';

/**
 * The engine looks a nominee's year cells up once for all its year predicates. That must never
 * show: every nominee judged in any order, and each rule evaluated on its own by the predicates
 * the way the unit tests do, gives the same verdicts, results and evidence.
 */
const ctx = engineContext(campaign, book);
const evaluate = evaluatorFor(ctx);

function reference(nominee: Nominee): Judgement {
  const category = kindOf(nominee);
  const rules = campaign.criteria
    .filter((c) => c.category.includes(category))
    .filter((c) => !c.appliesWhen || evaluate(nominee, c.appliesWhen).result === 'pass')
    .map((c) => {
      const test = activeTest(c);
      const evidence = evaluate(nominee, test);
      return { id: c.id, result: evidence.result, evidence, test };
    });
  return { nominee, verdict: verdictOf(rules), rules };
}

const nominees: Nominee[] = [];
let remove = () => {};

beforeAll(async () => {
  const list = generated(3000);
  remove = list.remove;
  for (const file of [list.csv, path.join(FIXTURES, 'nominees.xlsx'), path.join(FIXTURES, 'nominees.csv')]) {
    nominees.push(...(await readNomineeFile(file, { campaign, book })).nominees);
  }
});
afterAll(() => remove());

describe('the engine on a varied list', () => {
  it('reads nominees that the nominee schema accepts (the reader no longer parses each row by it)', () => {
    for (const n of nominees) expect(nomineeSchema.parse(n)).toEqual(n);
  });

  it('reads enough nominees of every category to mean something', () => {
    const categories = new Set(nominees.map((n) => kindOf(n)));
    expect(nominees.length).toBeGreaterThan(2900);
    expect(categories.size).toBe(4);
  });

  it('judges every nominee as the predicates evaluated one by one do', () => {
    const engine = createEngine(campaign, ctx);
    for (const n of nominees) expect(engine.judge(n)).toEqual(reference(n));
  });

  it('judges alike in any order, each nominee again after others', () => {
    const engine = createEngine(campaign, ctx);
    const forward = nominees.map((n) => engine.judge(n));
    const backward = [...nominees].reverse().map((n) => engine.judge(n));
    backward.reverse();
    expect(backward).toEqual(forward);
    // every verdict occurs, so the comparison covers passes, failures and open questions
    expect(new Set(forward.map((j) => j.verdict))).toEqual(new Set(['eligible', 'ineligible', 'review']));
  });
});
