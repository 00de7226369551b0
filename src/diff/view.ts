import type { Campaign } from '../campaign/schema.js';
import type { Tri } from '../engine/kleene.js';
import { renderRuleMessage } from '../engine/render.js';
import type { Judgement, RuleResult } from '../engine/types.js';
import { formatPosition, type Lang } from '../findings/finding.js';
import { kindOf } from '../model/kinds.js';
import type { Nominee } from '../model/nominee.js';
import { unitName, WORDS } from '../report/table.js';
import { categoryLabel } from '../report/text.js';
import { cellHeader, cellValue } from './cells.js';
import { type DiffResult, type NomineeChange, type QuotaCount, verdictChange } from './diff.js';

/**
 * A diff in words, computed once for the formats people read (text, markdown, xlsx), so they
 * agree: who was added, removed or changed, each change's cells with their places on both sides,
 * the rules that moved and why, and the quota counts that moved.
 */
export interface DiffView {
  title: string;
  /** `Cũ: a.xlsx` and `Mới: b.xlsx`, or the two campaigns. */
  sides: { old: string; new: string };
  /** `Thêm 1 · Bớt 1 · Thay đổi 1 · Không đổi 4`. */
  counts: string;
  /** What nothing differing says, or `undefined` when something does. */
  same?: string;
  added: NomineeView[];
  removed: NomineeView[];
  changed: ChangeView[];
  quota: QuotaView[];
  words: DiffWords;
}

export interface NomineeView {
  /** `Lò Thị Mai (1986)`, a collective by its name. */
  name: string;
  category: string;
  unit: string;
  verdict: string;
  /** `phong-tho.csv:7`, `a.xlsx › Cá nhân!B8`. */
  place: string;
}

export interface ChangeView extends NomineeView {
  oldPlace: string;
  /** `Không đạt → Đạt`, when the verdict moved. */
  verdictChange?: { old: string; new: string };
  cells: CellView[];
  rules: RuleView[];
}

export interface CellView {
  header: string;
  old: string;
  new: string;
  oldPlace: string;
  newPlace: string;
}

export interface RuleView {
  id: string;
  title: string;
  old: string;
  new: string;
  /** The evidence on each side, in words; empty where the side has no such rule. */
  oldWhy: string;
  newWhy: string;
}

export interface QuotaView {
  unit: string;
  category: string;
  old: QuotaCount;
  new: QuotaCount;
}

const DIFF_WORDS = {
  vi: {
    titleFiles: 'SO SÁNH HAI LẦN GỬI DANH SÁCH ĐỀ NGHỊ',
    titleCampaigns: 'SO SÁNH HAI PHIÊN BẢN TIÊU CHÍ',
    old: 'Cũ',
    new: 'Mới',
    added: 'Thêm',
    removed: 'Bớt',
    changed: 'Thay đổi',
    unchanged: 'Không đổi',
    sameFiles: 'Hai lần gửi giống nhau: không thêm, không bớt, không đổi ô nào, kết luận nào.',
    sameCampaigns: 'Hai phiên bản tiêu chí cho cùng kết luận với mọi đề nghị trong các tệp này.',
    verdict: 'Kết luận',
    blank: '(trống)',
    none: '(không có)',
    quota: 'Số lượng theo đơn vị',
    unit: 'Đơn vị',
    category: 'Đối tượng',
    allocated: 'Phân bổ',
    nominated: 'Đề nghị',
    eligible: 'Đạt',
    review: 'Xem xét',
    name: 'Họ và tên / Tên tập thể',
    place: 'Vị trí',
    oldPlace: 'Vị trí cũ',
    newPlace: 'Vị trí mới',
    oldVerdict: 'Kết luận cũ',
    newVerdict: 'Kết luận mới',
    column: 'Cột',
    oldValue: 'Giá trị cũ',
    newValue: 'Giá trị mới',
    rule: 'Tiêu chí',
    oldResult: 'Kết quả cũ',
    newResult: 'Kết quả mới',
    oldWhy: 'Lý do (cũ)',
    newWhy: 'Lý do (mới)',
    change: 'Thay đổi',
    cellsAndRules: 'Nội dung thay đổi',
    summary: (s: DiffResult['old']['summary']) =>
      `${s.nominees} đề nghị: ${s.eligible} đạt, ${s.ineligible} không đạt, ${s.review} cần xem xét`,
  },
  en: {
    titleFiles: 'TWO SUBMISSIONS COMPARED',
    titleCampaigns: 'TWO VERSIONS OF THE CRITERIA COMPARED',
    old: 'Old',
    new: 'New',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    unchanged: 'Unchanged',
    sameFiles: 'The two submissions are the same: nothing added, removed, or changed in any cell or verdict.',
    sameCampaigns: 'Both versions of the criteria give every nominee in these files the same verdict.',
    verdict: 'Verdict',
    blank: '(blank)',
    none: '(none)',
    quota: 'Quota by unit',
    unit: 'Unit',
    category: 'Category',
    allocated: 'Allocated',
    nominated: 'Nominated',
    eligible: 'Eligible',
    review: 'To review',
    name: 'Name',
    place: 'Place',
    oldPlace: 'Old place',
    newPlace: 'New place',
    oldVerdict: 'Old verdict',
    newVerdict: 'New verdict',
    column: 'Column',
    oldValue: 'Old value',
    newValue: 'New value',
    rule: 'Rule',
    oldResult: 'Old result',
    newResult: 'New result',
    oldWhy: 'Why (old)',
    newWhy: 'Why (new)',
    change: 'Change',
    cellsAndRules: 'What changed',
    summary: (s: DiffResult['old']['summary']) =>
      `${s.nominees} nominees: ${s.eligible} eligible, ${s.ineligible} ineligible, ${s.review} to review`,
  },
} as const;

export type DiffWords = (typeof DIFF_WORDS)[Lang];

export function diffWords(lang: Lang): DiffWords {
  return DIFF_WORDS[lang];
}

/** How each side is named: its files, or its campaign as given (`--campaign`, `--against`). */
export interface SideNames {
  old: string;
  new: string;
}

export function diffView(diff: DiffResult, lang: Lang, names?: SideNames): DiffView {
  const w = DIFF_WORDS[lang];
  const campaigns = diff.mode === 'campaigns';
  const sideName = (s: DiffResult['old'], given: string | undefined) =>
    given ?? (campaigns ? s.campaign.id : s.files.join(', '));
  const counts = [
    `${w.added} ${diff.added.length}`,
    `${w.removed} ${diff.removed.length}`,
    `${w.changed} ${diff.changed.length}`,
    `${w.unchanged} ${diff.unchanged}`,
  ].join(' · ');
  const nothing = diff.added.length + diff.removed.length + diff.changed.length + diff.quota.length === 0;
  return {
    title: campaigns ? w.titleCampaigns : w.titleFiles,
    sides: {
      old: `${w.old}: ${sideName(diff.old, names?.old)} — ${w.summary(diff.old.summary)}`,
      new: `${w.new}: ${sideName(diff.new, names?.new)} — ${w.summary(diff.new.summary)}`,
    },
    counts,
    ...(nothing ? { same: campaigns ? w.sameCampaigns : w.sameFiles } : {}),
    added: diff.added.map((j) => nomineeView(j, diff.new.campaign, lang)),
    removed: diff.removed.map((j) => nomineeView(j, diff.old.campaign, lang)),
    changed: diff.changed.map((c) => changeView(c, diff, lang)),
    quota: diff.quota.map((q) => ({
      unit: unitName(diff.new.campaign, q.unit),
      category: categoryLabel(q.category, lang),
      old: q.old,
      new: q.new,
    })),
    words: w,
  };
}

/** `Lò Thị Mai (1986)`; a collective by its name alone. */
export function nomineeName(n: Nominee): string {
  return n.kind === 'individual' && n.birthYear !== null ? `${n.name} (${n.birthYear})` : n.name;
}

export function placeOf(n: Nominee): string {
  return formatPosition({ file: n.file, sheet: n.sheet, row: n.row, cell: n.cells.name });
}

function nomineeView(j: Judgement, campaign: Campaign, lang: Lang): NomineeView {
  const n = j.nominee;
  return {
    name: nomineeName(n),
    category: categoryLabel(kindOf(n), lang),
    unit: unitName(campaign, n.unit, n.unitText),
    verdict: WORDS[lang].verdict[j.verdict],
    place: placeOf(n),
  };
}

function changeView(change: NomineeChange, diff: DiffResult, lang: Lang): ChangeView {
  const w = DIFF_WORDS[lang];
  const words = WORDS[lang];
  const { old, new: next } = change;
  const oldCampaign = diff.old.campaign;
  const newCampaign = diff.new.campaign;
  const moved = verdictChange(change);
  const cellPlace = (n: Nominee, cell: string | undefined) =>
    formatPosition({ file: n.file, sheet: n.sheet, row: n.row, cell });
  const result = (r: Tri | null) => (r === null ? w.none : words.result[r]);
  const why = (j: Judgement, id: string, campaign: Campaign) => {
    const rule = j.rules.find((r: RuleResult) => r.id === id);
    return rule === undefined ? '' : renderRuleMessage(rule, lang, campaign, j.nominee);
  };
  return {
    ...nomineeView(next, newCampaign, lang),
    oldPlace: placeOf(old.nominee),
    ...(moved ? { verdictChange: { old: words.verdict[moved.old], new: words.verdict[moved.new] } } : {}),
    cells: change.cells.map((c) => ({
      header: cellHeader(next.nominee.kind, c.key, newCampaign, lang),
      old: cellValue(old.nominee, c.key, oldCampaign, lang) ?? w.blank,
      new: cellValue(next.nominee, c.key, newCampaign, lang) ?? w.blank,
      oldPlace: cellPlace(old.nominee, c.oldCell),
      newPlace: cellPlace(next.nominee, c.newCell),
    })),
    rules: change.rules.map((r) => ({
      id: r.id,
      title:
        (newCampaign.criteria.find((c) => c.id === r.id) ?? oldCampaign.criteria.find((c) => c.id === r.id))
          ?.title[lang] ?? '',
      old: result(r.old),
      new: result(r.new),
      oldWhy: why(old, r.id, oldCampaign),
      newWhy: why(next, r.id, newCampaign),
    })),
  };
}
