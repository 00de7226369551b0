import { type Command, Option } from 'commander';
import { z } from 'zod';
import { append } from '../append.js';
import { loadCampaignFrom } from '../campaign/load.js';
import type { Campaign, Criterion } from '../campaign/schema.js';
import { type Description, describeCriterion, descriptionLines } from '../engine/describe.js';
import { finding } from '../findings/catalogue.js';
import { InputError, type Lang } from '../findings/finding.js';
import { kindLabel } from '../model/kinds.js';
import { rankingWords } from '../select/ranking-words.js';
import type { SetAction } from './commands.js';
import { EXIT } from './main.js';
import { campaignOption, langOption, langSchema, parseOptions } from './options.js';

const optionsSchema = z.object({
  campaign: z.string().optional(),
  lang: langSchema,
  format: z.enum(['text', 'json', 'markdown']),
});

export function registerRules(program: Command, setAction: SetAction): void {
  const command = program
    .command('rules [ruleId]')
    .description('liệt kê các tiêu chí và trích dẫn kế hoạch / list the criteria with their plan citations')
    .addOption(campaignOption())
    .addOption(langOption())
    .addOption(new Option('--format <format>', 'text | json | markdown').default('text'));
  setAction(command, (ruleId: string | undefined, raw: unknown) => async (io) => {
    const options = parseOptions(optionsSchema, raw);
    const campaign = await loadCampaignFrom(options.campaign);
    const criteria = selectCriteria(campaign, ruleId, options.lang);
    const render = { text: rulesText, json: rulesJson, markdown: rulesMarkdown }[options.format];
    io.stdout(render(criteria, campaign, options.lang, ruleId !== undefined));
    return EXIT.ok;
  });
}

function selectCriteria(campaign: Campaign, ruleId: string | undefined, lang: Lang): Criterion[] {
  if (ruleId === undefined) return campaign.criteria;
  const wanted = ruleId.trim().toUpperCase();
  // a priority is named as a criterion is: `rules UT-NU` prints it with the plan's sentence
  const found = [...campaign.criteria, ...(campaign.priorities?.priorities ?? [])].filter(
    (c) => c.id === wanted,
  );
  if (found.length === 0) {
    const known = campaign.criteria.map((c) => c.id).join(', ');
    const reason =
      lang === 'en'
        ? `no criterion ${ruleId} (the criteria: ${known})`
        : `không có tiêu chí ${ruleId} (các tiêu chí: ${known})`;
    throw new InputError(finding('E-OPTION', { reason }));
  }
  return found;
}

const HEAD = {
  vi: {
    category: 'Nhóm',
    cite: 'Căn cứ',
    plan: 'Kế hoạch',
    condition: 'Điều kiện',
    source: 'Nguyên văn',
    reading: 'Cách hiểu',
    applies: 'Chỉ áp dụng khi',
    priorities: 'Thứ tự ưu tiên khi số người đạt vượt số lượng',
    ranking: 'Cách xếp',
  },
  en: {
    category: 'Category',
    cite: 'Source',
    plan: 'Plan',
    condition: 'Condition',
    source: 'Plan text',
    reading: 'Reading',
    applies: 'Applies only when',
    priorities: 'Priorities when eligible nominees outnumber the seats',
    ranking: 'Ranking',
  },
} as const;

function appliesText(c: Criterion, lang: Lang, campaign: Campaign): string | undefined {
  if (!c.appliesWhen) return undefined;
  return describeCriterion({ ...c, test: c.appliesWhen, interpretations: undefined }, lang, campaign).text;
}

export function rulesText(criteria: Criterion[], campaign: Campaign, lang: Lang, detailed: boolean): string {
  const h = HEAD[lang];
  const out: string[] = [`${campaign.title[lang]} (${h.plan} ${campaign.plan.ref})`, ''];
  for (const c of criteria) {
    out.push(`${c.id}  ${c.title[lang]}`);
    // staff read the category as the plan names it ("Tập thể HCSN"), never its id
    const categories = c.category.map((k) => kindLabel(k, lang, campaign.kinds)).join(', ');
    out.push(`  ${h.category}: ${categories} · ${h.cite}: ${campaign.plan.ref} ${c.cite}`);
    const applies = appliesText(c, lang, campaign);
    if (applies) out.push(`  ${h.applies}: ${applies}`);
    append(out, descriptionLines(describeCriterion(c, lang, campaign), '  '));
    if (c.interpretation && c.interpretations) {
      out.push(
        `  ${h.reading}: "${c.interpretation}", ${c.interpretations[c.interpretation]?.note[lang] ?? ''}`,
      );
    }
    if (detailed) out.push(`  ${h.source}: «${c.source}»`);
    out.push('');
  }
  if (!detailed) out.push(...prioritiesText(campaign, lang));
  return `${out.join('\n').trimEnd()}\n`;
}

/** The plan's priorities for a selection, in its order, after the criteria. */
function prioritiesText(campaign: Campaign, lang: Lang): string[] {
  const p = campaign.priorities;
  if (!p) return [];
  const h = HEAD[lang];
  const out = [
    `${h.priorities} (${h.cite}: ${campaign.plan.ref} ${p.cite})`,
    `  ${h.ranking}: ${rankingWords(campaign, lang)}`,
    '',
  ];
  p.priorities.forEach((c, i) => {
    out.push(`${i + 1}. ${c.id}  ${c.title[lang]}`);
    out.push(`  ${h.category}: ${c.category.map((k) => kindLabel(k, lang, campaign.kinds)).join(', ')}`);
    out.push(...descriptionLines(describeCriterion(c, lang, campaign), '  '));
    out.push(`  ${h.source}: «${c.source}»`, '');
  });
  return out;
}

export function rulesMarkdown(
  criteria: Criterion[],
  campaign: Campaign,
  lang: Lang,
  detailed: boolean,
): string {
  const h = HEAD[lang];
  const out: string[] = [`# ${campaign.title[lang]}`, '', `${h.plan} ${campaign.plan.ref}`, ''];
  for (const c of criteria) {
    out.push(`## ${c.id}: ${c.title[lang]}`, '');
    out.push(`- ${h.category}: ${c.category.map((k) => kindLabel(k, lang, campaign.kinds)).join(', ')}`);
    out.push(`- ${h.cite}: ${campaign.plan.ref}, ${c.cite}`);
    const applies = appliesText(c, lang, campaign);
    if (applies) out.push(`- ${h.applies}: ${applies}`);
    out.push(`- ${h.condition}:`);
    append(
      out,
      descriptionLines(describeCriterion(c, lang, campaign), '  ').map((l) => l.replace(/^(\s*)/, '$1- ')),
    );
    if (c.interpretation && c.interpretations) {
      out.push(
        `- ${h.reading}: \`${c.interpretation}\`, ${c.interpretations[c.interpretation]?.note[lang] ?? ''}`,
      );
    }
    if (detailed) out.push('', `> ${c.source}`);
    out.push('');
  }
  const p = campaign.priorities;
  if (p && !detailed) {
    out.push(
      `## ${h.priorities}`,
      '',
      `- ${h.cite}: ${campaign.plan.ref}, ${p.cite}`,
      `- ${h.ranking}: ${rankingWords(campaign, lang)}`,
      '',
    );
    p.priorities.forEach((c, i) => {
      const description = descriptionLines(describeCriterion(c, lang, campaign), '   ');
      out.push(
        `${i + 1}. **${c.id}** ${c.title[lang]} (${c.category.map((k) => kindLabel(k, lang, campaign.kinds)).join(', ')}): ${description.join(' ').trim()}`,
      );
    });
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function rulesJson(criteria: Criterion[], campaign: Campaign, lang: Lang): string {
  const toJson = (d: Description): unknown =>
    d.parts ? { text: d.text, parts: d.parts.map(toJson) } : d.text;
  const doc = {
    campaign: campaign.id,
    plan: campaign.plan.ref,
    period: campaign.period,
    rules: criteria.map((c) => ({
      id: c.id,
      category: c.category,
      cite: `${campaign.plan.ref} ${c.cite}`,
      title: c.title[lang],
      appliesWhen: appliesText(c, lang, campaign) ?? null,
      condition: toJson(describeCriterion(c, lang, campaign)),
      interpretation: c.interpretation ?? null,
      source: c.source,
    })),
    priorities: campaign.priorities
      ? {
          cite: `${campaign.plan.ref} ${campaign.priorities.cite}`,
          ranking: campaign.priorities.ranking,
          note: rankingWords(campaign, lang),
          source: campaign.priorities.source,
          list: campaign.priorities.priorities.map((c) => ({
            id: c.id,
            category: c.category,
            title: c.title[lang],
            condition: toJson(describeCriterion(c, lang, campaign)),
            source: c.source,
          })),
        }
      : null,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
