import { seatsOf } from '../campaign/allocations.js';
import type { Campaign } from '../campaign/schema.js';
import { nameKey } from '../checks/duplicates.js';
import type { Verdict } from '../engine/kleene.js';
import type { Judgement } from '../engine/types.js';
import { finding, inLangs } from '../findings/catalogue.js';
import type { Finding } from '../findings/finding.js';
import type { Kind } from '../model/categories.js';
import { CATEGORY_LABELS, type Category } from '../model/categories.js';
import { withoutHonorific } from '../model/honorifics.js';
import { kindOf } from '../model/kinds.js';
import type { Decision } from '../model/nominee.js';
import { unitLookup } from '../read/values.js';
import type { DecisionRow } from './file.js';

/** What the decisions check keeps of a nominee: enough to place a finding and name its rules. */
interface Decided {
  file: string;
  sheet: string;
  row: number;
  cell: string | undefined;
  name: string;
  kind: Kind;
  birthYear: number | null;
  unit: string | null;
  /** The kind it was read into: one of the four categories in the default campaign. */
  category: string;
  verdict: Verdict;
  /** The rules that are not met (ineligible) or still open (review), in the campaign's order. */
  open: string[];
  decision: Decision | null | undefined;
  /** Where the decision was read when a decisions file gave it. */
  from?: DecisionRow;
}

const DECISION_HEADER = 'Kết luận của Hội đồng';

/**
 * The council's decisions against the criteria and the seats: an approval of a nominee who is not
 * eligible or still to review (error, with the rules), approvals beyond a unit's seats (error), an
 * eligible nominee turned down (information), a decision not yet written (to do). Decisions come
 * from the sheets' decision column or a decisions file matched by the duplicate key (DOMAIN.md §5:
 * an individual by name and birth year, a collective by name within its unit); a file's row
 * matching nobody, or several, is a warning at that row.
 */
export class DecisionCheck {
  private readonly nominees: Decided[] = [];

  constructor(
    private readonly campaign: Campaign,
    private readonly rows: readonly DecisionRow[] | undefined,
  ) {}

  /** A judged nominee; a repeat of a nomination is the one counted already, and skipped. */
  add(j: Judgement): void {
    if (j.repeatOf) return;
    const n = j.nominee;
    if (n.decision === undefined && this.rows === undefined) return;
    const open = j.rules.filter((r) => r.result !== 'pass').map((r) => r.id);
    this.nominees.push({
      file: n.file,
      sheet: n.sheet,
      row: n.row,
      cell: n.cells.decision,
      name: n.name,
      kind: n.kind,
      birthYear: n.birthYear,
      unit: n.unit,
      category: kindOf(n),
      verdict: j.verdict,
      open,
      decision: n.decision,
    });
  }

  findings(): Finding[] {
    const out: Finding[] = [];
    if (this.rows) out.push(...this.applyFile(this.rows));
    const approved = new Map<string, number>();
    for (const d of this.nominees) {
      const at = position(d);
      const rules = () => {
        const titled = (lang: 'vi' | 'en') =>
          d.open
            .map((id) => `${id} ${this.campaign.criteria.find((c) => c.id === id)?.title[lang] ?? ''}`.trim())
            .join('; ');
        return { rules: d.open.join(', '), ...inLangs('rules', { vi: titled('vi'), en: titled('en') }) };
      };
      if (d.decision === 'approved') {
        if (d.unit !== null) {
          const key = `${d.unit}\u0000${d.category}`;
          approved.set(key, (approved.get(key) ?? 0) + 1);
        }
        if (d.verdict === 'ineligible')
          out.push(finding('HD-APPROVED-INELIGIBLE', { name: d.name, ...rules() }, at));
        else if (d.verdict === 'review')
          out.push(finding('HD-APPROVED-REVIEW', { name: d.name, ...rules() }, at));
      } else if (d.decision === 'rejected') {
        if (d.verdict === 'eligible') out.push(finding('HD-REJECTED-ELIGIBLE', { name: d.name }, at));
      } else out.push(finding('HD-BLANK', { name: d.name }, at));
    }
    for (const unit of this.campaign.units) {
      const seats = this.campaign.allocations.find((a) => a.unit === unit.id);
      for (const category of Object.keys(CATEGORY_LABELS) as Category[]) {
        const count = approved.get(`${unit.id}\u0000${category}`) ?? 0;
        const allowed = (seats && seatsOf(seats, category)) ?? 0;
        if (count <= allowed) continue;
        out.push(
          finding('HD-OVER-SEATS', {
            unit: unit.name,
            // the unit's id, as quota findings carry it, so `--unit` keeps only its own
            unitId: unit.id,
            category: CATEGORY_LABELS[category].vi,
            ...inLangs('category', CATEGORY_LABELS[category]),
            approved: count,
            seats: allowed,
          }),
        );
      }
    }
    return out;
  }

  /** Each row of the decisions file onto the one nominee it names; the file wins over a column. */
  private applyFile(rows: readonly DecisionRow[]): Finding[] {
    const unitOf = unitLookup(this.campaign.units, {
      words: this.campaign.vocabulary.unitWords,
      province: this.campaign.province,
    });
    const out: Finding[] = [];
    for (const row of rows) {
      const found = unitOf(row.unitText);
      const unit = typeof found === 'string' ? found : null;
      const name = nameKey(withoutHonorific(row.name));
      const matches = this.nominees.filter(
        (d) =>
          nameKey(withoutHonorific(d.name)) === name &&
          (unit === null ? false : d.unit === unit) &&
          (row.birthYear === null || d.kind === 'collective' || d.birthYear === row.birthYear),
      );
      const where = { file: row.file, sheet: row.sheet || undefined, row: row.row, cell: row.cell };
      const args = { name: row.name, unit: row.unitText };
      const only = matches[0];
      if (matches.length === 1 && only) {
        only.decision = row.decision;
        only.from = row;
      } else if (matches.length === 0) out.push(finding('HD-UNMATCHED', args, where));
      else out.push(finding('HD-AMBIGUOUS', { ...args, count: matches.length }, where));
    }
    return out;
  }
}

/** A finding about a decision sits where the decision was written: its cell, or the file's row. */
function position(d: Decided): Pick<Finding, 'file' | 'sheet' | 'row' | 'cell' | 'column'> {
  if (d.from) {
    const { file, sheet, row, cell } = d.from;
    return { file, ...(sheet ? { sheet } : {}), row, cell, column: DECISION_HEADER };
  }
  return {
    file: d.file,
    ...(d.sheet ? { sheet: d.sheet } : {}),
    row: d.row,
    ...(d.cell ? { cell: d.cell, column: DECISION_HEADER } : {}),
  };
}
