import path from 'node:path';
import { COMPOSITION_COLUMNS } from '../checks/composition.js';
import { type Predicate, readsOf } from '../engine/predicate.js';
import { finding, inLangs } from '../findings/catalogue.js';
import type { Finding } from '../findings/finding.js';
import type { Kind } from '../model/categories.js';
import type { DeclaredColumn } from '../model/column.js';
import { DEFAULT_KINDS, type KindSpec } from '../model/kinds.js';
import type { Text } from '../model/text.js';
import { COLUMNS } from '../read/columns.js';
import { nearestName } from './nearest.js';
import type { Campaign } from './schema.js';

/**
 * What each file may name of the others, checked once they have all parsed: criteria name
 * codes of the vocabulary and columns their kinds have; codes name codes (`implies`,
 * `countsAs`) without going round in a loop; ids are unique. Every problem names the criterion
 * or code by its own name and suggests the nearest known name for one that was mistyped.
 */
export function checkReferences(
  dir: string,
  units: Campaign['units'],
  vocabulary: Campaign['vocabulary'],
  criteria: Campaign['criteria'],
  problems: Finding[],
  declared: readonly DeclaredColumn[] = [],
  kinds: readonly KindSpec[] = DEFAULT_KINDS,
): void {
  checkCriteria(path.join(dir, 'criteria.json'), vocabulary, criteria, problems, declared, kinds);
  checkVocabulary(path.join(dir, 'vocabulary.json'), vocabulary, problems);
  const unitIds = new Set<string>();
  for (const unit of units) {
    if (unitIds.has(unit.id)) {
      problems.push(duplicate(path.join(dir, 'campaign.json'), { vi: 'đơn vị', en: 'unit' }, unit.id));
    }
    unitIds.add(unit.id);
  }
}

/**
 * The priorities (`priorities.json`) name codes and columns as criteria do, and are checked the
 * same way: a priority reading a column its categories' form lacks is refused by name.
 */
export function checkPriorities(
  dir: string,
  vocabulary: Campaign['vocabulary'],
  priorities: Campaign['criteria'],
  problems: Finding[],
  declared: readonly DeclaredColumn[] = [],
  kinds: readonly KindSpec[] = DEFAULT_KINDS,
): void {
  checkCriteria(path.join(dir, 'priorities.json'), vocabulary, priorities, problems, declared, kinds);
}

const KIND_WORDS: Record<Kind, Text> = {
  collective: { vi: 'tập thể', en: 'collectives' },
  individual: { vi: 'cá nhân', en: 'individuals' },
};

const YEAR_CODE: Text = {
  vi: 'mã danh hiệu theo năm của vocabulary.json',
  en: 'a per-year code of vocabulary.json',
};
const DECLARED: Text = { vi: 'cột khai báo trong campaign.json', en: 'a column declared in campaign.json' };
const KIND: Text = { vi: 'loại đối tượng của campaign.json', en: 'a kind of nominee of campaign.json' };
const DISTINCTION: Text = {
  vi: 'mã khen thưởng của vocabulary.json',
  en: 'a distinction code of vocabulary.json',
};

function checkCriteria(
  file: string,
  vocabulary: Campaign['vocabulary'],
  criteria: Campaign['criteria'],
  problems: Finding[],
  declared: readonly DeclaredColumn[],
  kindSpecs: readonly KindSpec[],
): void {
  const formOf = new Map(kindSpecs.map((k) => [k.id, k.form]));
  const kindIds = kindSpecs.map((k) => k.id);
  const yearCodes = vocabulary.yearCodes.map((c) => c.code);
  const distinctionCodes = vocabulary.distinctions.map((c) => c.code);
  const columns = new Map<string, { kinds: readonly Kind[]; header: string }>([
    ...COLUMNS.map((c): [string, { kinds: readonly Kind[]; header: string }] => [
      c.id,
      { kinds: c.kinds, header: c.vi },
    ]),
    ...declared.map((c): [string, { kinds: readonly Kind[]; header: string }] => [
      c.id,
      { kinds: c.kinds, header: c.header.vi },
    ]),
  ]);
  const declaredIds = declared.map((c) => c.id);
  const ids = new Set<string>();
  for (const criterion of criteria) {
    if (ids.has(criterion.id))
      problems.push(duplicate(file, { vi: 'tiêu chí', en: 'criterion' }, criterion.id));
    ids.add(criterion.id);
    for (const id of criterion.category) {
      if (!formOf.has(id))
        problems.push(
          unknownName(
            file,
            { vi: `tiêu chí ${criterion.id} › category`, en: `criterion ${criterion.id} › category` },
            id,
            KIND,
            kindIds,
          ),
        );
    }
    const kinds = [...new Set(criterion.category.flatMap((c) => formOf.get(c) ?? []))];
    // what each of the criterion's predicate trees names, as the predicates' own modules tell it
    const trees: [string, Predicate | undefined][] = [
      ['test', criterion.test],
      ['appliesWhen', criterion.appliesWhen],
      ...Object.entries(criterion.interpretations ?? {}).map(([name, reading]): [string, Predicate] => [
        `interpretations.${name}.test`,
        reading.test,
      ]),
    ];
    for (const [key, tree] of trees) {
      if (!tree) continue;
      const where: Text = {
        vi: `tiêu chí ${criterion.id} › ${key}`,
        en: `criterion ${criterion.id} › ${key}`,
      };
      const reads = readsOf(tree);
      for (const code of reads.yearCodes) {
        if (!yearCodes.includes(code)) problems.push(unknownName(file, where, code, YEAR_CODE, yearCodes));
      }
      for (const code of reads.distinctions) {
        if (!distinctionCodes.includes(code))
          problems.push(unknownName(file, where, code, DISTINCTION, distinctionCodes));
      }
      for (const id of reads.columns) {
        const spec = columns.get(id);
        if (!spec) {
          // a form column is known by the reader; anything else must be declared in campaign.json
          if (!/^\d{4}$/.test(id)) problems.push(unknownName(file, where, id, DECLARED, declaredIds));
          continue;
        }
        for (const kind of kinds) {
          if (spec.kinds.includes(kind)) continue;
          problems.push(
            finding(
              'E-CAMPAIGN-COLUMN',
              {
                ...inLangs('path', where),
                ...inLangs('kind', KIND_WORDS[kind]),
                column: spec.header,
                ...inLangs('kinds', {
                  vi: spec.kinds.map((k) => KIND_WORDS[k].vi).join(', '),
                  en: spec.kinds.map((k) => KIND_WORDS[k].en).join(', '),
                }),
              },
              { file },
            ),
          );
        }
      }
    }
  }
}

/** `implies` and `countsAs` name codes of their own list, and never lead back to where they began. */
function checkVocabulary(file: string, vocabulary: Campaign['vocabulary'], problems: Finding[]): void {
  const lists = [
    {
      list: vocabulary.yearCodes.map((c) => ({ code: c.code, next: c.implies })),
      key: 'implies',
      what: YEAR_CODE,
    },
    {
      list: vocabulary.distinctions.map((c) => ({ code: c.code, next: c.countsAs })),
      key: 'countsAs',
      what: DISTINCTION,
    },
  ];
  for (const { list, key, what } of lists) {
    const known = list.map((c) => c.code);
    const seen = new Set<string>();
    for (const { code, next } of list) {
      if (seen.has(code)) problems.push(duplicate(file, { vi: 'mã', en: 'code' }, code));
      seen.add(code);
      const where: Text = { vi: `mã ${code} › ${key}`, en: `code ${code} › ${key}` };
      for (const other of next) {
        if (!known.includes(other)) problems.push(unknownName(file, where, other, what, known));
      }
    }
    for (const cycle of loops(list)) {
      const first = cycle[0] as string;
      problems.push(
        finding(
          'E-CAMPAIGN-LOOP',
          {
            ...inLangs('path', { vi: `mã ${first} › ${key}`, en: `code ${first} › ${key}` }),
            cycle: [...cycle, first].join(' → '),
          },
          { file },
        ),
      );
    }
  }
}

/** Each loop of the graph once, starting from its first code in the file's order. */
export function loops(list: readonly { code: string; next: readonly string[] }[]): string[][] {
  const edges = new Map(list.map((c) => [c.code, c.next]));
  const order = new Map(list.map((c, i) => [c.code, i]));
  const found = new Map<string, string[]>();
  const done = new Set<string>();
  const visit = (code: string, trail: string[]): void => {
    const at = trail.indexOf(code);
    if (at >= 0) {
      const cycle = trail.slice(at);
      // the same loop reached from another code is reported once, from its earliest member
      const start = cycle.reduce((a, b) => ((order.get(a) ?? 0) <= (order.get(b) ?? 0) ? a : b));
      const from = cycle.indexOf(start);
      const rotated = [...cycle.slice(from), ...cycle.slice(0, from)];
      found.set(rotated.join('\u0000'), rotated);
      return;
    }
    if (done.has(code)) return;
    for (const next of edges.get(code) ?? []) if (edges.has(next)) visit(next, [...trail, code]);
    done.add(code);
  };
  for (const { code } of list) visit(code, []);
  return [...found.values()];
}

export function unknownName(
  file: string,
  where: Text,
  name: string,
  what: Text,
  known: readonly string[],
): Finding {
  const near = nearestName(name, known);
  return finding(
    'E-CAMPAIGN-NAME',
    {
      ...inLangs('path', where),
      name,
      ...inLangs('kind', what),
      ...inLangs(
        'hint',
        near ? { vi: ` — có phải ${near}?`, en: ` — did you mean ${near}?` } : { vi: '', en: '' },
      ),
    },
    { file },
  );
}

function duplicate(file: string, what: Text, id: string): Finding {
  return finding(
    'E-CAMPAIGN',
    {
      path: `${what.en} ${id}`,
      expected: 'an id used once',
      found: `"${id}" used twice`,
      ...inLangs('path', { vi: `${what.vi} ${id}`, en: `${what.en} ${id}` }),
      ...inLangs('expected', { vi: 'một mã chưa dùng', en: 'an id used once' }),
      ...inLangs('found', { vi: `"${id}" dùng hai lần`, en: `"${id}" used twice` }),
    },
    { file },
  );
}

/**
 * Declared columns no criterion or priority reads: asked of every unit, used by nothing (a
 * warning). A per-year title code is read from the year columns, so a criterion naming one reads
 * every `yearTitles` column.
 */
export function unusedColumns(
  campaign: Pick<Campaign, 'criteria' | 'columns' | 'awardColumn'> & Partial<Pick<Campaign, 'priorities'>>,
): string[] {
  // the award column is read by the reader, to choose each row's award
  const read = new Set<string>(campaign.awardColumn === undefined ? [] : [campaign.awardColumn]);
  // the composition table reads its columns whatever the criteria say
  for (const id of Object.values(COMPOSITION_COLUMNS)) read.add(id);
  let yearCodes = false;
  const tests = [...campaign.criteria, ...(campaign.priorities?.priorities ?? [])];
  for (const criterion of tests) {
    const trees = [
      criterion.test,
      criterion.appliesWhen,
      ...Object.values(criterion.interpretations ?? {}).map((r) => r.test),
    ];
    for (const tree of trees) {
      if (!tree) continue;
      const reads = readsOf(tree);
      for (const id of reads.columns) read.add(id);
      if (reads.yearCodes.length > 0) yearCodes = true;
    }
  }
  return (campaign.columns ?? [])
    .filter((c) => !read.has(c.id) && !(yearCodes && c.type === 'yearTitles'))
    .map((c) => c.id);
}
