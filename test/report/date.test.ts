import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/findings/finding.js';
import { longDate, placeAndDate, reportDate, shortDate } from '../../src/report/date.js';

describe('reportDate', () => {
  it('takes the day from SOURCE_DATE_EPOCH, read in UTC, and keeps its moment', () => {
    // 2026-02-05T23:30:00Z: still the 5th in UTC, whatever the machine's zone
    const d = reportDate('vi', { SOURCE_DATE_EPOCH: '1770334200' });
    expect([d.year, d.month, d.day]).toEqual([2026, 2, 5]);
    expect(d.instant.toISOString()).toBe('2026-02-05T23:30:00.000Z');
  });

  it("is the machine's today without it, dated at that day's midnight so a day's runs agree", () => {
    const now = new Date(2026, 11, 2, 15, 42, 7);
    const d = reportDate('vi', {}, now);
    expect([d.year, d.month, d.day]).toEqual([2026, 12, 2]);
    expect(d.instant.toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect(reportDate('vi', { SOURCE_DATE_EPOCH: ' ' }, now)).toEqual(d);
  });

  it('refuses an epoch that is not a whole number of seconds, in the chosen language', () => {
    for (const bad of ['abc', '-5', '1.5', '2026-12-02']) {
      expect(() => reportDate('vi', { SOURCE_DATE_EPOCH: bad })).toThrow(InputError);
    }
    const error = (() => {
      try {
        reportDate('en', { SOURCE_DATE_EPOCH: 'yesterday' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).finding.code).toBe('E-OPTION');
    expect((error as InputError).finding.args.reason).toBe(
      'SOURCE_DATE_EPOCH "yesterday" is not a number of seconds since 1970-01-01',
    );
  });
});

describe('dates in words', () => {
  const feb = reportDate('vi', { SOURCE_DATE_EPOCH: '1770334200' });
  const mar = reportDate('vi', { SOURCE_DATE_EPOCH: '1584316800' }); // 2020-03-16

  it('writes the administrative date: a day below 10 and the months 1 and 2 with a leading zero', () => {
    expect(longDate(feb, 'vi')).toBe('ngày 05 tháng 02 năm 2026');
    // as the plan dates itself: "Lai Châu, ngày 16 tháng 3 năm 2020"
    expect(placeAndDate('Lai Châu', mar, 'vi')).toBe('Lai Châu, ngày 16 tháng 3 năm 2020');
    expect(placeAndDate(undefined, mar, 'vi')).toBe('…………, ngày 16 tháng 3 năm 2020');
    expect(longDate(feb, 'en')).toBe('5 February 2026');
  });

  it('writes the short date as each language does', () => {
    expect(shortDate(feb, 'vi')).toBe('05/02/2026');
    expect(shortDate(feb, 'en')).toBe('2026-02-05');
  });
});
