import { type ElapsedParams, elapsedPredicate } from './elapsed.js';

/** Age on a given day, from a birth date or birth year column (tuổi đời). */
export type Age = ElapsedParams & { type: 'age' };

export const age = elapsedPredicate('age', { vi: 'tuổi', en: 'years of age' }, (year) => String(year), {
  vi: 'Tuổi tròn tính đến một ngày (`at`), từ cột ngày sinh hoặc năm sinh, trong khoảng `atLeast`–`atMost`. Chỉ biết năm hoặc tháng sinh thì chưa rõ khi hai tuổi có thể cho hai kết quả khác nhau.',
  en: 'Whole years of age on a day (`at`), from a date or year of birth column, within `atLeast`–`atMost`. A year or month of birth alone is unknown when the two possible ages disagree.',
  example: { type: 'age', column: 'ngay_sinh', at: '2025-12-31', atMost: 35 },
});
