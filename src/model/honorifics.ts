import { clean } from './fold.js';

/**
 * Words of address staff put before a person's name: `Đ/c` (đồng chí), `Ông`, `Bà`, `Anh`, `Chị`.
 * Written or not, the person is the same, so the duplicate key leaves them out; the name shown
 * keeps them as written.
 */
const HONORIFIC = /^(?:đ\/c|đ\.c|đc|đồng chí|ông|bà|anh|chị)[.:]?\s+(?=\S+\s+\S)/u;

/** The name without a leading word of address; a name of fewer than two words after it is kept whole. */
export function withoutHonorific(name: string): string {
  const text = clean(name);
  const m = HONORIFIC.exec(text.toLowerCase());
  return m ? text.slice(m[0].length) : text;
}
