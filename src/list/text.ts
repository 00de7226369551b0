import type { Lang } from '../findings/finding.js';
import type { ReportDate } from '../report/date.js';
import { wrap } from '../report/layout.js';
import { plainText } from '../report/sanitize.js';
import { annexOf, type Letterhead } from './annex.js';
import type { AwardList } from './list.js';

/** The annex for a terminal: the same title, sections and numbering as the Word document. */
export function renderListText(
  list: AwardList,
  lang: Lang,
  options: { date: ReportDate; letterhead?: Partial<Letterhead>; width?: number },
): string {
  const annex = annexOf(list, lang, options.date, options.letterhead);
  const width = options.width ?? 100;
  const out: string[] = [
    `${annex.words.title} ${annex.words.subtitle.toUpperCase()}`,
    annex.campaignTitle,
    annex.attached,
    annex.basis,
  ];
  if (annex.sections.length === 0) out.push('', annex.words.none);
  for (const section of annex.sections) {
    out.push('', section.heading);
    for (const unit of section.units) {
      out.push('', `  ${unit.name}`);
      for (const [number, name, ...rest] of unit.rows) {
        const achievements = rest.pop() ?? '';
        const detail = [name, ...rest.filter(Boolean)].join(', ');
        out.push(...wrap(plainText(detail), { width, prefix: `    ${number}. `, indent: 8 }));
        if (achievements)
          out.push(...wrap(plainText(achievements), { width, prefix: '        ', indent: 8 }));
      }
    }
  }
  out.push('', annex.total);
  return `${out.join('\n')}\n`;
}
