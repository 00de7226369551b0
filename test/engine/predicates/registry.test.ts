import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { criterionSchema } from '../../../src/engine/criterion.js';
import { PREDICATES } from '../../../src/engine/predicates/index.js';
import { tsSources } from '../../helpers/sources.js';

const SRC = path.resolve(import.meta.dirname, '../../../src');

describe('the predicate registry', () => {
  it('registers each module under its own type', () => {
    for (const [key, module] of Object.entries(PREDICATES)) expect(module.type).toBe(key);
  });

  it('is the only place that knows the predicates by name: no switch on a type elsewhere', () => {
    // what a switch or a test on a predicate's type looks like: `switch (p.type)`, `test.type === 'flag'`
    const onType = /\b(p|predicate|test|node|e|evidence)\.type\b/;
    const outside = tsSources(SRC)
      .filter((file) => !file.includes(`${path.sep}engine${path.sep}predicates${path.sep}`))
      // the registry's own dispatch looks the module up by the type
      .filter((file) => !file.endsWith(`${path.sep}engine${path.sep}predicate.ts`))
      .filter((file) => onType.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(SRC, file));
    expect(outside).toEqual([]);
    expect(Object.keys(PREDICATES).length).toBeGreaterThan(0);
  });

  it('lets any node carry a label', () => {
    const label = { vi: 'Cách 1', en: 'Way 1' };
    const parsed = criterionSchema.parse({
      id: 'X-1',
      category: ['individual-HCSN'],
      cite: '1',
      source: 'x',
      title: { vi: 'x', en: 'x' },
      test: { type: 'flag', field: 'leader', is: false, label },
    });
    expect(parsed.test).toEqual({ type: 'flag', field: 'leader', is: false, label });
  });

  it('keeps the engine and the model below the campaign: they import nothing above them', () => {
    const upward = tsSources(SRC)
      .filter((file) => /[/\\](engine|model)[/\\]/.test(file))
      .filter((file) =>
        /from '\.\.\/(\.\.\/)?(campaign|read|report|cli|checks|findings)\//.test(readFileSync(file, 'utf8')),
      )
      .map((file) => path.relative(SRC, file));
    expect(upward).toEqual([]);
  });
});
