import type { Campaign } from '../campaign/schema.js';
import type { Lang } from '../model/text.js';
import { shortDate } from '../report/date.js';

/**
 * Every text of the self-check page, in both languages: the page speaks Vietnamese until the
 * reader switches. Shared by the command that writes the page (its title and the lines shown
 * before the script runs) and the page's script.
 */
export const PAGE_WORDS = {
  vi: {
    heading: 'Tự kiểm tra danh sách đề nghị',
    intro:
      'Chọn tệp danh sách của đơn vị (.xlsx hoặc .csv) để kiểm tra theo đúng tiêu chí và chỉ tiêu của đợt, trước khi gửi về.',
    privacy: 'Tệp được kiểm tra ngay trên máy này; không có dữ liệu nào được gửi đi đâu.',
    deadline: (date: string) => `Hạn gửi danh sách: ${date}`,
    noDeadline: 'Đợt này không đặt hạn gửi danh sách.',
    units: (n: number) => `Các đơn vị gửi danh sách (${n})`,
    choose: 'Chọn tệp danh sách',
    drop: 'hoặc kéo thả tệp vào đây',
    kinds: 'Bảng tính Excel (.xlsx) hoặc tệp CSV; có thể chọn nhiều tệp.',
    template: 'Tải mẫu danh sách để điền (.xlsx)',
    switchTo: 'English',
    switchLabel: 'Switch to English',
    reading: (files: number, size: string) => `Đang kiểm tra ${files} tệp (${size})…`,
    judged: (n: number) => `Đang kiểm tra… đã xét ${n.toLocaleString('vi-VN')} người và tập thể`,
    done: (seconds: string) => `Đã kiểm tra xong trong ${seconds} giây.`,
    refused: 'Không kiểm tra được tệp này',
    unexpected: 'Lỗi không mong đợi',
    downloads: 'Tải về',
    reportXlsx: 'Báo cáo (.xlsx)',
    reportHtml: 'Báo cáo (.html, để in)',
    reportJson: 'Kết quả (.json)',
    reportFrame: 'Báo cáo kiểm tra',
    noScript:
      'Trang này cần JavaScript để kiểm tra tệp. Hãy mở bằng trình duyệt Chrome, Edge, Firefox hoặc Safari.',
    megabytes: (mb: string) => `${mb} MB`,
    kilobytes: (kb: string) => `${kb} KB`,
  },
  en: {
    heading: 'Check your nomination list',
    intro:
      "Choose your unit's list (.xlsx or .csv) to check it against this round's criteria and quotas before you send it.",
    privacy: 'Files are checked on this computer; nothing is sent anywhere.',
    deadline: (date: string) => `Lists are due by ${date}`,
    noDeadline: 'This round sets no deadline for the lists.',
    units: (n: number) => `Units that send lists (${n})`,
    choose: 'Choose list files',
    drop: 'or drop files here',
    kinds: 'An Excel workbook (.xlsx) or a CSV file; several files at once are fine.',
    template: 'Download the blank list to fill (.xlsx)',
    switchTo: 'Tiếng Việt',
    switchLabel: 'Chuyển sang tiếng Việt',
    reading: (files: number, size: string) => `Checking ${files} file${files === 1 ? '' : 's'} (${size})…`,
    judged: (n: number) => `Checking… ${n.toLocaleString('en-GB')} nominees judged`,
    done: (seconds: string) => `Checked in ${seconds} s.`,
    refused: 'This file cannot be checked',
    unexpected: 'Unexpected error',
    downloads: 'Download',
    reportXlsx: 'Report (.xlsx)',
    reportHtml: 'Report (.html, to print)',
    reportJson: 'Result (.json)',
    reportFrame: 'Check report',
    noScript: 'This page needs JavaScript to check files. Open it in Chrome, Edge, Firefox or Safari.',
    megabytes: (mb: string) => `${mb} MB`,
    kilobytes: (kb: string) => `${kb} KB`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** The page's title: what it is and which round, as a browser tab and a saved file show it. */
export function pageTitle(campaign: Campaign, lang: Lang): string {
  return `${PAGE_WORDS[lang].heading} — ${campaign.title[lang]}`;
}

/** The round's deadline as its officials write dates, or that it has none. */
export function deadlineLine(campaign: Campaign, lang: Lang): string {
  const words = PAGE_WORDS[lang];
  if (campaign.deadline === undefined) return words.noDeadline;
  const [year, month, day] = campaign.deadline.split('-').map(Number) as [number, number, number];
  return words.deadline(shortDate({ year, month, day, instant: new Date(0) }, lang));
}
