import { describe, expect, it } from 'vitest';
import type { Mentions } from '../../../src/engine/predicates/mentions.js';
import { evaluate } from '../../helpers/evaluate.js';
import { nominee } from '../../helpers/nominee.js';

// The predicates the plan's priorities are written with (rules/lai-chau-2020/priorities.json).

describe('gender', () => {
  it.each([
    ['female', 'female', 'pass'],
    ['male', 'female', 'fail'],
    [null, 'female', 'unknown'],
    ['male', 'male', 'pass'],
  ] as const)('%s wanted %s → %s', (value, is, expected) => {
    expect(evaluate(nominee({ gender: value }), { type: 'gender', is }).result).toBe(expected);
  });
});

describe('ethnicity', () => {
  it.each([
    ['Thái', 'pass'],
    ['Kinh', 'fail'],
    ['  kinh ', 'fail'],
    ['KINH', 'fail'],
    [null, 'unknown'],
  ] as const)('%s other than Kinh → %s', (value, expected) => {
    expect(evaluate(nominee({ ethnicity: value }), { type: 'ethnicity', otherThan: ['Kinh'] }).result).toBe(
      expected,
    );
  });
});

describe('block', () => {
  it.each([
    ['SXKD', 'SXKD', 'pass'],
    ['HCSN', 'SXKD', 'fail'],
  ] as const)('%s wanted %s → %s', (value, is, expected) => {
    expect(evaluate(nominee({ block: value }), { type: 'block', is }).result).toBe(expected);
  });
});

describe('mentions', () => {
  const chair: Mentions = {
    type: 'mentions',
    field: 'position',
    any: ['Chủ tịch CĐCS', 'Chủ tịch công đoàn cơ sở'],
    except: ['Phó Chủ tịch'],
  };
  it.each([
    ['Chủ tịch CĐCS Công ty CP Chè Tân Uyên', 'pass'],
    ['chu tich cdcs, Công ty Than', 'pass'],
    ['Tổ trưởng, Chủ tịch Công đoàn cơ sở Nhà máy', 'pass'],
    ['Phó Chủ tịch CĐCS Công ty Than', 'fail'],
    ['Phó Chủ tịch UBND xã, Chủ tịch CĐCS', 'pass'],
    ['Chủ tịch CĐCSX', 'fail'],
    ['Công nhân', 'fail'],
    [null, 'unknown'],
    ['   ', 'unknown'],
  ] as const)('%s → %s', (position, expected) => {
    expect(evaluate(nominee({ position }), chair).result).toBe(expected);
  });

  it('names the phrase it found', () => {
    const e = evaluate(nominee({ position: 'Chủ tịch công đoàn cơ sở' }), chair);
    expect(e.args).toMatchObject({ found: 'Chủ tịch công đoàn cơ sở' });
  });
});
