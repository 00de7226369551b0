import { describe, expect, it } from 'vitest';
import { checkDeadline, dayFirst } from '../../src/checks/deadline.js';
import { renderFinding } from '../../src/findings/catalogue.js';
import { campaign } from '../helpers/nominee.js';

describe('checkDeadline', () => {
  const deadline = campaign.deadline;

  it('the default campaign declares the plan deadline, 15/05/2020', () => {
    expect(deadline).toBe('2020-05-15');
  });

  it('warns DL-LATE for a date after the deadline, at the file, sheet and cell', () => {
    const [late, ...rest] = checkDeadline(
      'phong-tho.xlsx',
      { date: '2020-05-16', cell: 'B2', sheet: 'Cá nhân' },
      deadline,
    );
    expect(rest).toEqual([]);
    expect(late).toMatchObject({
      code: 'DL-LATE',
      severity: 'warning',
      file: 'phong-tho.xlsx',
      sheet: 'Cá nhân',
      row: 2,
      cell: 'B2',
    });
    expect(renderFinding(late as NonNullable<typeof late>, 'vi')).toBe(
      'Ngày gửi 16/05/2020 sau thời hạn 15/05/2020',
    );
    expect(renderFinding(late as NonNullable<typeof late>, 'en')).toBe(
      'Submitted on 2020-05-16, after the deadline 2020-05-15',
    );
  });

  it.each([
    ['on the deadline day itself', { date: '2020-05-15', cell: 'B2' }],
    ['before it', { date: '2020-04-30', cell: 'B2' }],
    ['when the file gives no date', undefined],
  ])('says nothing %s', (_, submitted) => {
    expect(checkDeadline('a.csv', submitted, deadline)).toEqual([]);
  });

  it('says nothing when the campaign has no deadline', () => {
    expect(checkDeadline('a.csv', { date: '2030-01-01', cell: 'A1' }, undefined)).toEqual([]);
  });

  it('leaves the sheet out for a CSV', () => {
    const [late] = checkDeadline('a.csv', { date: '2020-06-01', cell: 'D14' }, deadline);
    expect(late).not.toHaveProperty('sheet');
    expect(late).toMatchObject({ row: 14, cell: 'D14' });
  });

  it('writes dates day first for Vietnamese', () => {
    expect(dayFirst('2020-05-09')).toBe('09/05/2020');
  });
});
