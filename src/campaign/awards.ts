import path from 'node:path';
import type { Finding } from '../findings/finding.js';
import { type AwardSpec, awardWords } from '../model/awards.js';
import type { DeclaredColumn } from '../model/column.js';
import { foldKey } from '../model/fold.js';
import type { KindSpec } from '../model/kinds.js';
import type { Text } from '../model/text.js';
import { campaignProblem } from './issues.js';
import { unknownName } from './references.js';
import type { Criterion } from './schema.js';

const KIND: Text = { vi: 'loại đối tượng của campaign.json', en: 'a kind of nominee of campaign.json' };
const CRITERION: Text = { vi: 'tiêu chí của criteria.json', en: 'a criterion of criteria.json' };
const DECLARED: Text = { vi: 'cột khai báo trong campaign.json', en: 'a column declared in campaign.json' };

/**
 * What a round's awards name of the rest of the campaign: kinds it declares, criteria of
 * criteria.json that judge one of the award's kinds, and the declared column that says which
 * award a row asks for. Every kind has an award and every criterion belongs to one, or rows of
 * that kind and that criterion would never be judged; no word or sheet names two awards.
 */
export function checkAwards(
  dir: string,
  awards: readonly AwardSpec[],
  awardColumn: string | undefined,
  criteria: readonly Criterion[],
  kinds: readonly KindSpec[],
  declared: readonly DeclaredColumn[],
  problems: Finding[],
): void {
  const file = path.join(dir, 'campaign.json');
  const kindIds = kinds.map((k) => k.id);
  const criterionById = new Map(criteria.map((c) => [c.id, c]));
  const ids = new Set<string>();
  const words = new Map<string, string>();
  const sheets = new Map<string, string>();
  for (const award of awards) {
    const at = (key: string): Text => ({
      vi: `danh hiệu ${award.id} › ${key}`,
      en: `award ${award.id} › ${key}`,
    });
    if (ids.has(award.id))
      problems.push(
        campaignProblem({ file }, at('id'), { vi: 'một mã chưa dùng', en: 'an id used once' }, award.id),
      );
    ids.add(award.id);
    for (const kind of award.kinds)
      if (!kindIds.includes(kind)) problems.push(unknownName(file, at('kinds'), kind, KIND, kindIds));
    for (const id of award.criteria) {
      const criterion = criterionById.get(id);
      if (!criterion) {
        problems.push(unknownName(file, at('criteria'), id, CRITERION, [...criterionById.keys()]));
        continue;
      }
      // only against kinds the campaign has: an unknown one is said above
      if (
        award.kinds.every((k) => kindIds.includes(k)) &&
        !criterion.category.some((k) => award.kinds.includes(k))
      )
        problems.push(
          campaignProblem(
            { file },
            at('criteria'),
            {
              vi: `một tiêu chí xét ${award.kinds.join(', ')}`,
              en: `a criterion judging ${award.kinds.join(', ')}`,
            },
            {
              vi: `${id} (xét ${criterion.category.join(', ')})`,
              en: `${id} (judging ${criterion.category.join(', ')})`,
            },
          ),
        );
    }
    for (const word of awardWords(award)) {
      const other = words.get(foldKey(word));
      if (other !== undefined && other !== award.id) problems.push(twice(file, at('values'), word, other));
      else words.set(foldKey(word), award.id);
    }
    for (const sheet of award.sheets) {
      const other = sheets.get(foldKey(sheet));
      if (other !== undefined && other !== award.id) problems.push(twice(file, at('sheets'), sheet, other));
      else sheets.set(foldKey(sheet), award.id);
    }
  }
  for (const kind of kindIds) {
    if (awards.some((a) => a.kinds.includes(kind))) continue;
    problems.push(
      campaignProblem(
        { file },
        { vi: `loại đối tượng ${kind}`, en: `kind ${kind}` },
        { vi: 'một danh hiệu xét loại này', en: 'an award given to this kind' },
        { vi: 'không danh hiệu nào', en: 'none' },
      ),
    );
  }
  const inAward = new Set(awards.flatMap((a) => a.criteria));
  for (const criterion of criteria) {
    if (inAward.has(criterion.id)) continue;
    problems.push(
      campaignProblem(
        { file: path.join(dir, 'criteria.json') },
        { vi: `tiêu chí ${criterion.id}`, en: `criterion ${criterion.id}` },
        {
          vi: 'thuộc một danh hiệu của campaign.json (awards)',
          en: 'to belong to an award of campaign.json (awards)',
        },
        { vi: 'không thuộc danh hiệu nào', en: 'in no award' },
      ),
    );
  }
  if (awardColumn !== undefined && !declared.some((c) => c.id === awardColumn))
    problems.push(
      unknownName(
        file,
        { vi: 'awardColumn', en: 'awardColumn' },
        awardColumn,
        DECLARED,
        declared.map((c) => c.id),
      ),
    );
}

function twice(file: string, at: Text, word: string, other: string): Finding {
  return campaignProblem(
    { file },
    at,
    { vi: 'một từ chỉ gọi một danh hiệu', en: 'a word naming one award only' },
    { vi: `"${word}", đã gọi danh hiệu ${other}`, en: `"${word}", already naming award ${other}` },
  );
}
