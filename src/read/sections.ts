import type { Block, Kind } from '../model/categories.js';
import { clean } from '../model/fold.js';
import { blockOf, kindOf } from './values.js';

/** A heading row inside a table, and what it says of the rows under it. */
export interface Section {
  row: number;
  /** As written. */
  text: string;
  block?: Block;
  kind?: Kind;
}

/** `I.`, `II)`, `A.`, `1.`, `B -`: how a heading is numbered. */
const NUMBERING = /^(?:[IVXLC]{1,5}|[A-Za-z]|\d{1,2})\s*[.)/:\-–]\s*/u;
/** `KHỐI` / `Khối` in front of a block, and a kind in front of its block (`Cá nhân khối HCSN`). */
const BLOCK_WORD = /^khối\s+/u;

/**
 * The section a row's only text names, `null` when it names none: `I. KHỐI HÀNH CHÍNH SỰ
 * NGHIỆP`, `Khối SXKD`, `A. TẬP THỂ`, `CÁ NHÂN`, `B. CÁ NHÂN KHỐI SXKD`. A heading must name a
 * block or a kind and nothing else, so a collective called `Khối cơ quan huyện` or
 * `Tổ dân phố Cộng Hòa`, alone in its row, stays a nominee with blank cells.
 */
export function sectionOf(text: string, row: number): Section | null {
  const body = clean(text).replace(NUMBERING, '');
  if (body === '') return null;
  const block = blockOf(body);
  if (block !== null) return { row, text, block };
  const kind = kindOf(body);
  if (kind !== null) return { row, text, kind };
  // `Tập thể khối HCSN`, `CÁ NHÂN - KHỐI SXKD`
  const lower = body.toLowerCase();
  for (const [word, k] of KIND_WORDS) {
    if (!lower.startsWith(word)) continue;
    const rest = lower
      .slice(word.length)
      .replace(/^[\s,\-–:]+/u, '')
      .replace(BLOCK_WORD, 'khối ');
    const b = blockOf(rest);
    if (b !== null) return { row, text, kind: k, block: b };
  }
  return null;
}

const KIND_WORDS: [string, Kind][] = [
  ['tập thể', 'collective'],
  ['cá nhân', 'individual'],
];
