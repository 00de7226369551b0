import type { Campaign } from '../campaign/schema.js';
import type { Finding, Lang } from '../findings/finding.js';
import type { PriorityResult, Ranked } from './rank.js';
import type { Place, Selection, Suggestion } from './round.js';

/** The round's words, one wording for every format: always a suggestion, never a decision. */
const WORDS = {
  vi: {
    title: 'GỢI Ý CHỌN ĐẠI BIỂU',
    notice:
      'Đây là gợi ý để Hội đồng Thi đua – Khen thưởng xem xét, không phải quyết định. Người ngang nhau do Hội đồng chọn; thứ tự dòng trong tệp không được dùng để xếp.',
    priorities: 'Thứ tự ưu tiên',
    ranking: 'Cách xếp',
    noPriorities: 'Bộ quy tắc không nêu thứ tự ưu tiên: mọi người đạt của một đơn vị là ngang nhau.',
    over: 'Nhiều người đạt hơn số lượng',
    under: 'Còn chỗ trống',
    composition: 'Thành phần cá nhân',
    list: 'Danh sách gợi ý chọn',
    noOver: 'Không đơn vị nào có nhiều người đạt hơn số lượng.',
    noUnder: 'Không đơn vị nào còn chỗ trống có người cần xem xét.',
    groupOver: (eligible: number, seats: number) => `${eligible} người đạt cho ${seats} chỗ`,
    groupUnder: (eligible: number, seats: number) =>
      `${eligible} người đạt cho ${seats} chỗ, còn trống ${seats - eligible}`,
    place: { keep: 'Gợi ý chọn', tie: 'Ngang nhau', below: 'Gợi ý không chọn' } satisfies Record<
      Place,
      string
    >,
    review: 'Cần xem xét',
    tie: (nominees: number, seats: number) =>
      `${nominees} người bằng nhau ở mọi ưu tiên cho ${seats} chỗ còn lại, Hội đồng quyết định`,
    noneForCategory: 'kế hoạch không nêu ưu tiên cho đối tượng này',
    toReview: (n: number) => `Cần xem xét, có thể bổ sung (${n})`,
    nobodyToReview: 'Không có ai đang cần xem xét để bổ sung.',
    meets: 'đạt ưu tiên',
    none: 'không đạt ưu tiên nào',
    open: (names: string) => `chưa rõ: ${names} (điền vào có thể đổi thứ tự)`,
    ahead: (name: string) => `xếp trên người không được gợi ý nhờ «${name}»`,
    behind: (name: string) => `xếp sau vì không đạt «${name}»`,
    aheadCount: (a: number, b: number) => `đạt ${a} ưu tiên, người không được gợi ý đạt ${b}`,
    behindCount: (a: number, b: number) => `đạt ${b} ưu tiên, người được gợi ý đạt ${a}`,
    zeroSeats: 'đơn vị không được phân bổ chỗ nào cho đối tượng này',
    rank: 'Thứ tự',
    seats: 'Số lượng',
    eligible: 'Đạt',
    nominated: 'Đề nghị',
    suggested: 'Gợi ý chọn',
    undecided: (n: number) => `chưa tính ${n} người ngang nhau, chờ Hội đồng quyết định`,
    individuals: 'Số cá nhân',
    needs: 'Còn cần',
    reason: 'Lý do',
    unit: 'Đơn vị',
    category: 'Đối tượng',
    name: 'Họ và tên / Tên tập thể',
    born: 'Năm sinh',
    position: 'Chức vụ, đơn vị công tác',
    where: 'Vị trí trong tệp',
    suggestion: 'Gợi ý',
    decisions: 'Kết luận của Hội đồng',
    noDecisions: 'Kết luận của Hội đồng khớp với tiêu chí và số lượng.',
  },
  en: {
    title: 'SUGGESTED SELECTION',
    notice:
      'A suggestion for the emulation and awards council to consider, not a decision. Nominees tied are for the council to choose between; the order of rows in a file is never used to rank.',
    priorities: 'Priorities',
    ranking: 'Ranking',
    noPriorities:
      'The campaign names no priorities: every eligible nominee of a unit is tied with the others.',
    over: 'More eligible nominees than seats',
    under: 'Seats left to fill',
    composition: 'Composition of individuals',
    list: 'Suggested list',
    noOver: 'No unit has more eligible nominees than seats.',
    noUnder: 'No unit with seats left has nominees to review.',
    groupOver: (eligible: number, seats: number) =>
      `${eligible} eligible for ${seats} ${seats === 1 ? 'seat' : 'seats'}`,
    groupUnder: (eligible: number, seats: number) =>
      `${eligible} eligible for ${seats} ${seats === 1 ? 'seat' : 'seats'}, ${seats - eligible} empty`,
    place: { keep: 'Suggested', tie: 'Tied', below: 'Not suggested' } satisfies Record<Place, string>,
    review: 'To review',
    tie: (nominees: number, seats: number) =>
      `${nominees} nominees equal on every priority for the ${seats} ${seats === 1 ? 'seat' : 'seats'} left, for the council to decide`,
    noneForCategory: 'the plan names no priority for this category',
    toReview: (n: number) => `To review, could fill a seat (${n})`,
    nobodyToReview: 'Nobody is under review who could fill them.',
    meets: 'meets',
    none: 'meets no priority',
    open: (names: string) => `not known: ${names} (filling it in may change the order)`,
    ahead: (name: string) => `ranks above those not suggested by «${name}»`,
    behind: (name: string) => `ranks lower for not meeting «${name}»`,
    aheadCount: (a: number, b: number) => `meets ${a} priorities, those not suggested ${b}`,
    behindCount: (a: number, b: number) => `meets ${b} priorities, those suggested ${a}`,
    zeroSeats: 'the unit has no seat for this category',
    rank: 'Rank',
    seats: 'Seats',
    eligible: 'Eligible',
    nominated: 'Nominated',
    suggested: 'Suggested',
    undecided: (n: number) => `${n} tied not counted, awaiting the council`,
    individuals: 'Individuals',
    needs: 'Still needs',
    reason: 'Reason',
    unit: 'Unit',
    category: 'Category',
    name: 'Name',
    born: 'Born',
    position: 'Position',
    where: 'In the file',
    suggestion: 'Suggestion',
    decisions: 'The council’s decisions',
    noDecisions: 'The council’s decisions agree with the criteria and the seats.',
  },
} as const;

export function selectWords(lang: Lang) {
  return WORDS[lang];
}

/** A priority's title as the campaign words it. */
function priorityTitle(campaign: Campaign, id: string, lang: Lang): string {
  return campaign.priorities?.priorities.find((p) => p.id === id)?.title[lang] ?? id;
}

/** `đạt ưu tiên: Nữ; Dân tộc thiểu số`, with the priorities left open named. */
export function meetsText(campaign: Campaign, ranked: Ranked, lang: Lang): string {
  const w = WORDS[lang];
  if (ranked.priorities.length === 0) return w.noneForCategory;
  const names = (list: PriorityResult[]) => list.map((p) => priorityTitle(campaign, p.id, lang)).join('; ');
  const met = ranked.priorities.filter((p) => p.result === 'pass');
  const open = ranked.priorities.filter((p) => p.result === 'unknown');
  const parts = [met.length ? `${w.meets}: ${names(met)}` : w.none];
  if (open.length) parts.push(w.open(names(open)));
  return sentences(parts);
}

/** Clauses as sentences: each capitalised, ended with a full stop. */
function sentences(parts: readonly string[]): string {
  return parts.map((p) => `${p.charAt(0).toUpperCase()}${p.slice(1)}.`).join(' ');
}

/** The reason beside a nominee: what it meets, and what sets it apart at the cut. */
export function reasonText(selection: Selection, s: Suggestion, lang: Lang, seats: number): string {
  const w = WORDS[lang];
  const { campaign } = selection.check;
  const parts = [meetsText(campaign, s, lang)];
  if (seats === 0) parts.push(w.zeroSeats);
  const d = s.decidedBy;
  if (d && 'priority' in d) {
    const name = priorityTitle(campaign, d.priority, lang);
    parts.push(s.place === 'keep' ? w.ahead(name) : w.behind(name));
  } else if (d) parts.push(s.place === 'keep' ? w.aheadCount(...d.count) : w.behindCount(...d.count));
  return sentences(parts);
}

/** `1. Chủ tịch CĐCS ở doanh nghiệp · 2. …`: the campaign's priorities in one line. */
export function prioritiesLine(campaign: Campaign, lang: Lang): string {
  const list = campaign.priorities?.priorities ?? [];
  return list.map((p, i) => `${i + 1}. ${p.title[lang]}`).join(' · ');
}

/** The findings about the council's decisions (`HD-*`), in the check's order. */
export function decisionFindings(selection: Selection): Finding[] {
  return selection.check.findings.filter((f) => f.code.startsWith(DECISION_PREFIX));
}

/** Whether the run read any decision: a decision column or a decisions file. */
export function hasDecisions(selection: Selection): boolean {
  return (
    selection.check.judgements.some((j) => j.nominee.decision !== undefined) ||
    decisionFindings(selection).length > 0
  );
}

const DECISION_PREFIX = 'HD-';
