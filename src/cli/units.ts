import type { Campaign } from '../campaign/schema.js';
import { finding } from '../findings/catalogue.js';
import { InputError, type Lang } from '../findings/finding.js';
import { unitLookup } from '../read/values.js';

/**
 * `--unit` values as unit ids: a unit's id or any name the reader accepts for it in a file
 * (`phong-tho`, `Phong Thổ`, `LĐLĐ huyện Phong Thổ`). A value that names no unit, or two, is
 * exit 2 with the units to choose from.
 */
export function resolveUnits(values: readonly string[], campaign: Campaign, lang: Lang): string[] {
  const lookup = unitLookup(campaign.units, {
    words: campaign.vocabulary.unitWords,
    province: campaign.province,
  });
  const ids = new Set<string>();
  for (const value of values) {
    const found = lookup(value);
    if (typeof found === 'string') {
      ids.add(found);
      continue;
    }
    const choices = campaign.units.map((u) => `${u.id} (${u.name})`).join(', ');
    const reason =
      found === null
        ? lang === 'en'
          ? `--unit "${value}" names no unit of the campaign (choose ${choices})`
          : `--unit "${value}" không phải đơn vị nào của kế hoạch (chọn ${choices})`
        : lang === 'en'
          ? `--unit "${value}" could be ${found.candidates.join(' or ')}: give the unit id`
          : `--unit "${value}" có thể là ${found.candidates.join(' hoặc ')}: hãy ghi mã đơn vị`;
    throw new InputError(finding('E-OPTION', { reason }));
  }
  return campaign.units.map((u) => u.id).filter((id) => ids.has(id));
}
