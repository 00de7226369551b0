import type { Text } from '../campaign/schema.js';

/**
 * What the operating system said, in words: a message in Vietnamese must not carry the system's
 * English (`ENOSPC: no space left on device, write`), and a user does not read error codes.
 * The code stays in brackets for whoever searches for it.
 */
const WORDS: Record<string, Text> = {
  ENOENT: { vi: 'không có tệp hay thư mục này', en: 'no such file or folder' },
  EACCES: { vi: 'không có quyền truy cập', en: 'permission denied' },
  EPERM: { vi: 'thao tác không được phép', en: 'operation not permitted' },
  EROFS: { vi: 'ổ đĩa chỉ cho phép đọc', en: 'the file system is read-only' },
  ENOSPC: { vi: 'ổ đĩa đã hết chỗ trống', en: 'no space left on the disk' },
  EDQUOT: { vi: 'đã dùng hết hạn mức dung lượng', en: 'disk quota exceeded' },
  EFBIG: { vi: 'tệp vượt quá cỡ ổ đĩa cho phép', en: 'the file is larger than the file system allows' },
  ENAMETOOLONG: { vi: 'tên tệp hoặc đường dẫn quá dài', en: 'the file name or path is too long' },
  EISDIR: { vi: 'đây là một thư mục', en: 'this is a folder' },
  ENOTDIR: { vi: 'một phần của đường dẫn không phải thư mục', en: 'a part of the path is not a folder' },
  ELOOP: { vi: 'liên kết tượng trưng trỏ vòng quanh', en: 'symbolic links point in a loop' },
  EIO: { vi: 'lỗi đọc ghi của thiết bị', en: 'input/output error on the device' },
  EBUSY: { vi: 'tệp đang được chương trình khác dùng', en: 'the file is in use by another program' },
  ETXTBSY: { vi: 'tệp đang được chương trình khác dùng', en: 'the file is in use by another program' },
  EMFILE: { vi: 'quá nhiều tệp đang mở', en: 'too many open files' },
  ENFILE: { vi: 'quá nhiều tệp đang mở', en: 'too many open files' },
  EPIPE: { vi: 'đầu nhận đã đóng', en: 'the receiving end was closed' },
  ESPIPE: { vi: 'không đọc lại được từ đầu (đây là đường ống)', en: 'cannot seek (this is a pipe)' },
  EXDEV: { vi: 'không chuyển được sang ổ đĩa khác', en: 'cannot move across file systems' },
  EEXIST: { vi: 'tệp đã có', en: 'the file exists' },
  EAGAIN: { vi: 'tài nguyên tạm thời không dùng được', en: 'resource temporarily unavailable' },
  ENXIO: { vi: 'không có thiết bị này', en: 'no such device' },
  ENODEV: { vi: 'không có thiết bị này', en: 'no such device' },
};

/** The words for a system error (`ENOSPC` → "ổ đĩa đã hết chỗ trống (ENOSPC)"); `undefined` when not one. */
export function errnoWords(error: unknown): Text | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) return undefined;
  const words = WORDS[code];
  if (words) return { vi: `${words.vi} (${code})`, en: `${words.en} (${code})` };
  // an error the table does not know: its code alone, never the system's English with a path
  return { vi: `lỗi hệ thống ${code}`, en: `system error ${code}` };
}

/**
 * Words for any error met while reading a file: the system's in words, else an unexpected
 * error named by its code when it has one (a parser's `CSV_…`), never a library's English.
 */
export function readErrorWords(error: unknown): Text {
  const words = errnoWords(error);
  if (words) return words;
  const code = (error as { code?: unknown } | undefined)?.code;
  const named = typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code) ? ` (${code})` : '';
  return {
    vi: `lỗi không lường trước khi đọc tệp${named}`,
    en: `an unexpected error while reading the file${named}`,
  };
}
