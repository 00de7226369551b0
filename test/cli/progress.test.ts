import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';
import { type FormatName, formatNames, reportFormat } from '../../src/report/index.js';
import { sampleResult } from '../report/sample.js';

const target = () => {
  const written: string[] = [];
  return { written, write: (t: string) => written.push(t), isTTY: true };
};

describe('the progress line while reports render', () => {
  it('goes on after reading, counting the nominees of each report written', () => {
    let now = 0;
    const t = target();
    const line = progressLine(t, { lang: 'en', quiet: false, now: () => now });
    now = 2000;
    line?.update(200_000);
    const xlsx = line?.rendering('xlsx');
    for (let i = 0; i < 6400; i++) {
      now += 0.1; // a nominee every tenth of a millisecond: redrawn every 250 ms, no oftener
      xlsx?.();
    }
    const csv = line?.rendering('csv');
    now += 1000;
    for (let i = 0; i < 64; i++) csv?.();
    line?.done();
    expect(t.written).toEqual([
      '\rRead 200,000 rows (100,000 rows/s)…',
      '\rWriting the xlsx report: 2,560 nominees written…',
      '\rWriting the xlsx report: 5,120 nominees written…',
      '\rWriting the csv report: 64 nominees written…    ',
      `\r${' '.repeat('Writing the csv report: 64 nominees written…'.length)}\r`,
    ]);
  });

  it('speaks Vietnamese by default', () => {
    let now = 0;
    const t = target();
    const tick = progressLine(t, { lang: 'vi', quiet: false, now: () => now })?.rendering('html');
    now = 2000;
    for (let i = 0; i < 1280; i++) tick?.();
    expect(t.written).toEqual(['\rĐang lập báo cáo html: đã viết 64 đề nghị…']);
  });

  /** How many nominees each format writes one by one: every one, or those not eligible in full. */
  const written = (format: FormatName, all: number, notEligible: number) =>
    ['text', 'markdown'].includes(format) ? notEligible : all;

  it.each(formatNames())('is told by the %s report of every nominee it writes', async (format) => {
    const result = sampleResult();
    let told = 0;
    await reportFormat(format).render(result, 'vi', { onNominee: () => told++ });
    const notEligible = result.judgements.filter((j) => j.verdict !== 'eligible').length;
    expect(notEligible).toBeGreaterThan(0);
    expect(notEligible).toBeLessThan(result.judgements.length);
    expect(told).toBe(written(format, result.judgements.length, notEligible));
  });
});
