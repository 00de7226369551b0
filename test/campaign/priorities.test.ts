import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { run } from '../helpers/cli.js';
import { copyDefaultCampaign, editJson, removeTempDirs } from './copy.js';

afterAll(removeTempDirs);

describe('priorities as campaign data', () => {
  it('lai-chau-2020 lists the plan’s V.1 priorities in its order, each with its sentence', () => {
    const p = loadCampaign().priorities;
    expect(p?.cite).toBe('V.1');
    expect(p?.ranking).toBe('inOrder');
    expect(p?.priorities.map((x) => x.id)).toEqual([
      'UT-CT-CDCS',
      'UT-CONG-NHAN',
      'UT-KHONG-LANH-DAO',
      'UT-NU',
      'UT-DTTS',
    ]);
    for (const x of p?.priorities ?? []) expect(p?.source).toContain(x.source);
  });

  it('the campaigns whose texts name no priority have none', () => {
    expect(loadCampaign('tan-uyen-2021').priorities).toBeUndefined();
    expect(loadCampaign('luat-tdkt-2022').priorities).toBeUndefined();
  });

  it('a folder without priorities.json loads without priorities', () => {
    const dir = copyDefaultCampaign();
    rmSync(path.join(dir, 'priorities.json'));
    expect(loadCampaign(dir).priorities).toBeUndefined();
  });

  it('campaign validate refuses a priority reading a column its category’s form lacks', async () => {
    const dir = copyDefaultCampaign();
    editJson(dir, 'priorities.json', (data) => {
      const list = data.priorities as { test: unknown; category: string[] }[];
      (list[3] as { test: unknown }).test = { type: 'countIsZero', field: 'disciplined' };
    });
    const { code, stdout } = await run('campaign', 'validate', dir, '--lang', 'en');
    expect(code).toBe(2);
    expect(stdout).toContain(path.join(dir, 'priorities.json'));
    expect(stdout).toContain('UT-NU');
  });

  it('campaign validate refuses an unknown predicate type in a priority, naming the types', async () => {
    const dir = copyDefaultCampaign();
    editJson(dir, 'priorities.json', (data) => {
      const list = data.priorities as { test: unknown }[];
      (list[0] as { test: unknown }).test = { type: 'sex', is: 'female' };
    });
    const { code, stdout } = await run('campaign', 'validate', dir, '--lang', 'en');
    expect(code).toBe(2);
    expect(stdout).toMatch(/priorities\.json: priorities\[0\]\.test\.type: .*"gender".*found "sex"/);
  });

  it('rules shows the priorities after the criteria, in the plan’s order', async () => {
    const { code, stdout } = await run('rules');
    expect(code).toBe(0);
    const at = stdout.indexOf('Thứ tự ưu tiên');
    expect(at).toBeGreaterThan(stdout.indexOf('CN-HEAD-1'));
    const order = ['UT-CT-CDCS', 'UT-CONG-NHAN', 'UT-KHONG-LANH-DAO', 'UT-NU', 'UT-DTTS'].map((id) =>
      stdout.indexOf(id, at),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(at);
    expect(stdout).toContain('«đại biểu là nữ»');
  });

  it('rules names one priority as it names a criterion, and json carries them', async () => {
    const one = await run('rules', 'UT-NU', '--lang', 'en');
    expect(one.stdout).toContain('UT-NU  Woman');
    const json = JSON.parse((await run('rules', '--format', 'json')).stdout);
    expect(json.priorities.list).toHaveLength(5);
    expect(json.priorities.cite).toBe('154/KH-LĐLĐ V.1');
  });
});
