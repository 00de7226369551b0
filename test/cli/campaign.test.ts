import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withSchema } from '../../src/campaign/init.js';
import { defaultCampaignDir, loadCampaign, RULES_DIR } from '../../src/campaign/load.js';
import { campaignJsonSchema } from '../../src/campaign/schemas.js';
import { copyDefaultCampaign, editJson, removeTempDirs, tempDir } from '../campaign/copy.js';
import { run } from '../helpers/cli.js';

afterAll(removeTempDirs);

const freshDir = () => path.join(tempDir('eligibility-init-'), 'my-campaign');
const defaults = loadCampaign();
const okLine = `OK ${defaults.id}: period ${defaults.period.from}–${defaults.period.to}, ${defaults.units.length} units, ${defaults.criteria.length} criteria`;

describe('eligibility campaign init', () => {
  it('copies the default campaign, which then validates', async () => {
    const dir = freshDir();
    const init = await run('campaign', 'init', dir, '--lang', 'en');
    expect(init.code).toBe(0);
    expect(init.stdout.trimEnd().split('\n').at(-1)).toBe(okLine);
    expect(readFileSync(path.join(dir, 'allocations.csv'))).toEqual(
      readFileSync(path.join(defaultCampaignDir(), 'allocations.csv')),
    );
    const validate = await run('campaign', 'validate', dir, '--lang', 'en');
    expect(validate).toEqual({ code: 0, stdout: `${okLine}\n`, stderr: '' });
  });

  it('gives the copy its own schemas, so an editor still checks it wherever it goes', async () => {
    const dir = freshDir();
    await run('campaign', 'init', dir);
    for (const name of ['campaign', 'criteria', 'vocabulary'] as const) {
      const text = readFileSync(path.join(dir, `${name}.json`), 'utf8');
      const original = readFileSync(path.join(defaultCampaignDir(), `${name}.json`), 'utf8');
      // only the pointer changes; the layout people edit stays as it was
      expect(text).toBe(
        original.replace(`"../schema/${name}.schema.json"`, `"./schema/${name}.schema.json"`),
      );
      const schema = JSON.parse(readFileSync(path.join(dir, 'schema', `${name}.schema.json`), 'utf8'));
      expect(schema).toEqual(campaignJsonSchema(name));
    }
  });

  it('copies another campaign with --from', async () => {
    const dir = freshDir();
    const { code, stdout } = await run(
      'campaign',
      'init',
      dir,
      '--from',
      path.join(RULES_DIR, 'tan-uyen-2021'),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('OK tan-uyen-2021: giai đoạn 2017–2021');
  });

  it('fills an existing empty folder', async () => {
    const dir = freshDir();
    mkdirSync(dir);
    expect((await run('campaign', 'init', dir)).code).toBe(0);
  });

  it('refuses a folder that is not empty, and leaves it alone', async () => {
    const dir = freshDir();
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'notes.txt'), 'keep me');
    const { code, stdout, stderr } = await run('campaign', 'init', dir, '--lang', 'en');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`Folder ${dir} exists and is not empty; choose a new one\n`);
    expect(existsSync(path.join(dir, 'campaign.json'))).toBe(false);
  });

  it('refuses to copy an invalid campaign', async () => {
    const from = copyDefaultCampaign();
    rmSync(path.join(from, 'criteria.json'));
    const dir = freshDir();
    const { code, stderr } = await run('campaign', 'init', dir, '--from', from, '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toContain(
      `${path.join(from, 'criteria.json')}: (file): expected a JSON file, found missing`,
    );
    expect(existsSync(dir)).toBe(false);
  });
});

describe('eligibility campaign validate', () => {
  async function problems(dir: string): Promise<string[]> {
    const { code, stdout } = await run('campaign', 'validate', dir, '--lang', 'en');
    expect(code).toBe(2);
    return stdout.trimEnd().split('\n');
  }

  it('names the file, the path, what was expected and what was found', async () => {
    const dir = copyDefaultCampaign();
    editJson(dir, 'campaign.json', (data) => {
      (data.period as Record<string, unknown>).to = '2020';
    });
    editJson(dir, 'criteria.json', (data) => {
      const [first, second] = data.criteria as Record<string, unknown>[];
      if (!first || !second) throw new Error('criteria expected');
      first.test = { type: 'everyYears', code: 'TTLĐTT' };
      second.test = { type: 'all', of: [{ type: 'flag', field: 'attest_model', is: 'Có' }] };
    });
    const criteria = path.join(dir, 'criteria.json');
    const [period, type, flag, ...rest] = await problems(dir);
    expect(rest).toEqual([]);
    expect(period).toBe(`${path.join(dir, 'campaign.json')}: period.to: expected number, found "2020"`);
    expect(type).toMatch(
      /^.*: criteria\.0\.test\.type: expected one of .*"everyYear".*, found "everyYears"$/,
    );
    expect(type?.startsWith(`${criteria}: `)).toBe(true);
    expect(flag).toBe(`${criteria}: criteria.1.test.of.0.is: expected boolean, found "Có"`);
  });

  it('names a code the vocabulary does not have', async () => {
    const dir = copyDefaultCampaign();
    editJson(dir, 'criteria.json', (data) => {
      const test = (data.criteria as { test: Record<string, unknown> }[])[1]?.test;
      if (!test) throw new Error('criterion expected');
      test.code = 'HTXS';
    });
    expect(await problems(dir)).toEqual([
      `${path.join(dir, 'criteria.json')}: criteria.1.test.code: expected a per-year code of vocabulary.json, found HTXS`,
    ]);
  });

  it('names a missing file', async () => {
    const dir = copyDefaultCampaign();
    rmSync(path.join(dir, 'vocabulary.json'));
    expect(await problems(dir)).toEqual([
      `${path.join(dir, 'vocabulary.json')}: (file): expected a JSON file, found missing`,
    ]);
  });

  it('names a missing allocation table', async () => {
    const dir = copyDefaultCampaign();
    rmSync(path.join(dir, 'allocations.csv'));
    expect(await problems(dir)).toEqual([
      `${path.join(dir, 'allocations.csv')}: (file): expected an allocation table, found missing`,
    ]);
  });

  it('speaks Vietnamese by default', async () => {
    const { code, stdout } = await run('campaign', 'validate', defaultCampaignDir());
    expect(code).toBe(0);
    expect(stdout).toMatch(/^OK lai-chau-2020: giai đoạn 2016–2020, 11 đơn vị, \d+ tiêu chí\n$/);
  });
});

describe('withSchema', () => {
  it('replaces the pointer in place', () => {
    expect(withSchema('{\n  "$schema": "../schema/a.json",\n  "id": "x"\n}\n', './schema/a.json')).toBe(
      '{\n  "$schema": "./schema/a.json",\n  "id": "x"\n}\n',
    );
  });

  it('adds one to a file without', () => {
    expect(JSON.parse(withSchema('{"id": "x"}', './s.json'))).toEqual({ $schema: './s.json', id: 'x' });
    expect(JSON.parse(withSchema('{}', './s.json'))).toEqual({ $schema: './s.json' });
  });
});
