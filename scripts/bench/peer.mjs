// The campaign's criteria written for json-rules-engine, the rules engine people reach for on npm,
// so the bench can set the tool's engine beside it on the same nominees and the same criteria.
//
// json-rules-engine answers true or false, and the criteria answer pass, fail or unknown (DOMAIN.md
// §3), so every criterion becomes two rules: one whose conditions say it certainly passes and one
// whose conditions say it certainly fails; neither firing is unknown. A predicate's "fails" is its
// dual (De Morgan: an `all` fails when any part fails, an `any` when every part fails), and counts
// that may still grow with `?` years compare the possible count. The facts are computed from the
// same in-memory nominees the engine judges, with json-rules-engine's own fact cache per run.
import { Engine } from 'json-rules-engine';

/** Years of the period holding `code`, and those that might (not yet assessed). */
function scan(nominee, code, years) {
  let hit = 0;
  let open = 0;
  let run = 0;
  let runOpen = 0;
  let best = 0;
  let bestOpen = 0;
  for (const year of years) {
    const cell = nominee.years[year];
    const has = cell?.codes.includes(code) ?? false;
    const maybe = !has && (cell?.unknown ?? false);
    if (has) hit++;
    if (maybe) open++;
    run = has ? run + 1 : 0;
    runOpen = has || maybe ? runOpen + 1 : 0;
    best = Math.max(best, run);
    bestOpen = Math.max(bestOpen, runOpen);
  }
  return { hit, possible: hit + open, run: best, runPossible: bestOpen };
}

function distinctionCount(nominee, params, period, book) {
  let counted = 0;
  let undated = 0;
  for (const field of params.fields) {
    for (const d of nominee.distinctions[field] ?? []) {
      const countsAs = book.countsAs.get(d.code) ?? [d.code];
      if (!countsAs.some((c) => params.codes.includes(c))) continue;
      if (d.year === null) undated++;
      else if (d.year >= period.from && d.year <= period.to) counted++;
    }
  }
  return { counted, possible: counted + undated };
}

const cond = (fact, params, operator, value) => ({ fact, params, operator, value });

/** Conditions under which predicate `p` certainly passes (`want` 'pass') or certainly fails ('fail'). */
function conditions(p, want, years) {
  const pass = want === 'pass';
  switch (p.type) {
    case 'yearsWith':
    case 'everyYear': {
      const n = p.type === 'everyYear' ? years.length : p.atLeast;
      return pass
        ? cond('yearsHit', { code: p.code }, 'greaterThanInclusive', n)
        : cond('yearsPossible', { code: p.code }, 'lessThan', n);
    }
    case 'consecutiveYears':
      return pass
        ? cond('runHit', { code: p.code }, 'greaterThanInclusive', p.atLeast)
        : cond('runPossible', { code: p.code }, 'lessThan', p.atLeast);
    case 'distinctions': {
      const params = { fields: p.fields, codes: p.codes };
      return pass
        ? cond('distinctionsCounted', params, 'greaterThanInclusive', p.atLeast ?? 1)
        : cond('distinctionsPossible', params, 'lessThan', p.atLeast ?? 1);
    }
    case 'flag':
      return cond('flag', { field: p.field }, 'equal', pass ? p.is : !p.is);
    case 'countIsZero':
      return pass
        ? cond('count', { field: p.field }, 'equal', 0)
        : cond('count', { field: p.field }, 'greaterThan', 0);
    case 'yearList':
      return cond('yearListCount', { field: p.field }, pass ? 'greaterThanInclusive' : 'lessThan', p.atLeast);
    case 'all':
      return pass
        ? { all: p.of.map((q) => conditions(q, want, years)) }
        : { any: p.of.map((q) => conditions(q, want, years)) };
    case 'any':
      return pass
        ? { any: p.of.map((q) => conditions(q, want, years)) }
        : { all: p.of.map((q) => conditions(q, want, years)) };
    case 'onlyWhen':
      return conditions({ type: 'all', of: [p.when, p.require] }, want, years);
    default:
      throw new Error(`no translation for predicate ${p.type}`);
  }
}

/**
 * One json-rules-engine Engine per category, holding its criteria as rules. `judge(nominee)`
 * resolves to `{ verdict, rules: [{ id, result }] }`, the same shape the tool's engine gives.
 */
export function peerEngine(campaign, book, activeTest, categoryOf) {
  const years = [];
  for (let y = campaign.period.from; y <= campaign.period.to; y++) years.push(String(y));
  const period = campaign.period;
  const engines = new Map();
  const order = new Map();
  for (const criterion of campaign.criteria) {
    const test = activeTest(criterion);
    for (const category of criterion.category) {
      if (!engines.has(category)) {
        const engine = new Engine([], { allowUndefinedFacts: true });
        const nominee = (almanac) => almanac.factValue('nominee');
        engine.addFact('yearsHit', async (p, a) => scan(await nominee(a), p.code, years).hit);
        engine.addFact('yearsPossible', async (p, a) => scan(await nominee(a), p.code, years).possible);
        engine.addFact('runHit', async (p, a) => scan(await nominee(a), p.code, years).run);
        engine.addFact('runPossible', async (p, a) => scan(await nominee(a), p.code, years).runPossible);
        engine.addFact(
          'distinctionsCounted',
          async (p, a) => distinctionCount(await nominee(a), p, period, book).counted,
        );
        engine.addFact(
          'distinctionsPossible',
          async (p, a) => distinctionCount(await nominee(a), p, period, book).possible,
        );
        engine.addFact('flag', async (p, a) => (await nominee(a)).flags[p.field] ?? null);
        engine.addFact('count', async (p, a) => (await nominee(a)).counts[p.field] ?? null);
        engine.addFact('yearListCount', async (p, a) => {
          const listed = (await nominee(a)).yearLists[p.field] ?? [];
          return new Set(listed.filter((y) => y >= period.from && y <= period.to)).size;
        });
        engines.set(category, engine);
        order.set(category, []);
      }
      const engine = engines.get(category);
      order.get(category).push(criterion.id);
      const guard = criterion.appliesWhen ? [conditions(criterion.appliesWhen, 'pass', years)] : [];
      for (const want of ['pass', 'fail']) {
        engine.addRule({
          name: `${criterion.id} ${want}`,
          conditions: { all: [...guard, conditions(test, want, years)] },
          event: { type: want, params: { id: criterion.id } },
        });
      }
      if (criterion.appliesWhen) {
        engine.addRule({
          name: `${criterion.id} applies`,
          conditions: { all: guard },
          event: { type: 'applies', params: { id: criterion.id } },
        });
      }
    }
  }
  const conditional = new Set(campaign.criteria.filter((c) => c.appliesWhen).map((c) => c.id));

  return async (nominee) => {
    const category = categoryOf(nominee.kind, nominee.block);
    const engine = engines.get(category);
    const { events } = await engine.run({ nominee });
    const fired = new Map();
    const applies = new Set();
    for (const e of events) {
      if (e.type === 'applies') applies.add(e.params.id);
      else fired.set(e.params.id, e.type);
    }
    const rules = [];
    for (const id of order.get(category)) {
      if (conditional.has(id) && !applies.has(id)) continue;
      rules.push({ id, result: fired.get(id) ?? 'unknown' });
    }
    const results = rules.map((r) => r.result);
    const verdict = results.includes('fail')
      ? 'ineligible'
      : results.includes('unknown')
        ? 'review'
        : 'eligible';
    return { verdict, rules };
  };
}
