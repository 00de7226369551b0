/**
 * The columns of the form every format-1 campaign had without saying so (DOMAIN.md §2, beyond a
 * row's identity: name, unit, Khối, Loại, birth year, gender, ethnicity, position): the yes/no
 * confirmations, the year columns of titles, the dated distinctions, the years the unit was an
 * excellent collective and the count of those disciplined. A format-1 folder is read with them,
 * and `campaign migrate` writes them out into its campaign.json, where format 2 declares them.
 */
export const FORMAT_1_COLUMNS = [
  yesNo('leader', ['Lãnh đạo từ cấp phòng trở lên', 'leader (head of division or above)'], 'individual'),
  { ...yesNo('head', ['Người đứng đầu', 'head of unit'], 'individual'), blank: false },
  yesNo('direct_worker', ['Công nhân trực tiếp sản xuất', 'direct production worker'], 'individual'),
  {
    id: 'titles',
    header: { vi: '{year}', en: '{year}' },
    aliases: ['Năm {year}', 'year {year}'],
    type: 'yearTitles',
    kinds: ['collective', 'individual'],
    required: true,
  },
  distinctions('awards', ['Khen thưởng', 'awards'], ['collective', 'individual']),
  distinctions('initiatives', ['Sáng kiến', 'initiatives'], ['individual']),
  distinctions(
    'member_awards',
    ['Thành tích cá nhân trong tập thể', 'members’ distinctions'],
    ['collective'],
  ),
  {
    id: 'unit_excellent_years',
    header: { vi: 'Năm đơn vị đạt TTLĐXS', en: 'years the unit was an excellent collective' },
    aliases: ['unit_excellent_years'],
    type: 'yearList',
    kinds: ['individual'],
    guide: { vi: 'Chỉ ghi cho người đứng đầu đơn vị.', en: 'Only for the head of a unit.' },
  },
  yesNo('attest_conduct', ['XN phẩm chất chính trị', 'attested political quality and conduct'], 'individual'),
  yesNo('attest_model', ['XN mô hình, cách làm hay', 'attested models and good practice'], 'collective'),
  yesNo(
    'attest_solidarity',
    ['XN đoàn kết, trong sạch vững mạnh', 'attested solidarity, clean and strong'],
    'collective',
  ),
  yesNo(
    'attest_compliance',
    ['XN chấp hành chủ trương, pháp luật', 'attested compliance with policy and law'],
    'collective',
  ),
  {
    id: 'disciplined',
    header: { vi: 'Số người bị kỷ luật', en: 'number disciplined' },
    aliases: ['disciplined'],
    type: 'wholeNumber',
    kinds: ['collective'],
  },
] as const;

/** A yes/no column, known by its id in English too, as the form's columns always were. */
function yesNo(id: string, [vi, en]: [string, string], kind: 'collective' | 'individual') {
  return { id, header: { vi, en }, aliases: [id], type: 'yesNo', kinds: [kind] };
}

function distinctions(id: string, [vi, en]: [string, string], kinds: ('collective' | 'individual')[]) {
  return { id, header: { vi, en }, aliases: en === id ? [] : [id], type: 'distinctions', kinds };
}
