import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const okLine = `OK ${defaults.id}: period ${defaults.period.from}–${defaults.period.to}, ${defaults.units.length} units, ${defaults.criteria.length} criteria, ${defaults.priorities?.priorities.length} priorities`;

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
    expect(period).toBe(`${path.join(dir, 'campaign.json')}: period.to: expected a number, found "2020"`);
    // the criterion by its id, the predicate type by the nearest one there is
    expect(type).toMatch(
      /^.*: criterion TT-HCSN-1 › test\.type: expected one of .*"everyYear".*, found "everyYears" — did you mean "everyYear"\?$/,
    );
    expect(type?.startsWith(`${criteria}: `)).toBe(true);
    expect(flag).toBe(`${criteria}: criterion TT-HCSN-2 › test.of[0].is: expected true or false, found "Có"`);
  });

  it('names a code the vocabulary does not have', async () => {
    const dir = copyDefaultCampaign();
    editJson(dir, 'criteria.json', (data) => {
      const test = (data.criteria as { test: Record<string, unknown> }[])[1]?.test;
      if (!test) throw new Error('criterion expected');
      test.code = 'HTXS';
    });
    expect(await problems(dir)).toEqual([
      `${path.join(dir, 'criteria.json')}: criterion TT-HCSN-2 › test: "HTXS" is not a per-year code of vocabulary.json — did you mean HTXSNV?`,
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
    expect(stdout).toMatch(/^OK lai-chau-2020: giai đoạn 2016–2020, 11 đơn vị, \d+ tiêu chí, 5 ưu tiên\n$/);
  });
});

describe('campaign validate: what the files name of each other', () => {
  async function problems(dir: string, lang = 'en'): Promise<string[]> {
    const { code, stdout } = await run('campaign', 'validate', dir, '--lang', lang);
    expect(code).toBe(2);
    return stdout.trimEnd().split('\n');
  }
  const vocabularyOf = (dir: string) => path.join(dir, 'vocabulary.json');
  type Codes = {
    yearCodes: { code: string; implies?: string[] }[];
    distinctions: { code: string; countsAs?: string[] }[];
  };

  it('an implies or countsAs naming no code, with the nearest one', async () => {
    const dir = copyDefaultCampaign();
    editJson(dir, 'vocabulary.json', (data) => {
      const v = data as unknown as Codes;
      const csTdcs = v.yearCodes.find((c) => c.code === 'CSTĐCS');
      const skT = v.distinctions.find((c) => c.code === 'SK-T');
      if (!csTdcs || !skT) throw new Error('codes expected');
      csTdcs.implies = ['LDTT'];
      skT.countsAs = ['SK-SC', 'XYZ'];
    });
    expect(await problems(dir)).toEqual([
      `${vocabularyOf(dir)}: code CSTĐCS › implies: "LDTT" is not a per-year code of vocabulary.json — did you mean LĐTT?`,
      `${vocabularyOf(dir)}: code SK-T › countsAs: "SK-SC" is not a distinction code of vocabulary.json — did you mean SK-CS?`,
      `${vocabularyOf(dir)}: code SK-T › countsAs: "XYZ" is not a distinction code of vocabulary.json`,
    ]);
  });

  it('codes that imply each other in a loop, named once each way round', async () => {
    const dir = copyDefaultCampaign();
    editJson(dir, 'vocabulary.json', (data) => {
      const v = data as unknown as Codes;
      const lDtt = v.yearCodes.find((c) => c.code === 'LĐTT');
      if (!lDtt) throw new Error('LĐTT expected');
      // CSTĐT ⇒ CSTĐCS ⇒ LĐTT already; LĐTT ⇒ CSTĐT closes two loops
      lDtt.implies = ['CSTĐT'];
    });
    expect(await problems(dir, 'vi')).toEqual([
      `${vocabularyOf(dir)}: mã LĐTT › implies: các mã kéo theo nhau thành vòng tròn: LĐTT → CSTĐT → CSTĐCS → LĐTT`,
      `${vocabularyOf(dir)}: mã LĐTT › implies: các mã kéo theo nhau thành vòng tròn: LĐTT → CSTĐT → LĐTT`,
    ]);
  });

  it('a criterion reading a column its kinds do not have', async () => {
    const dir = copyDefaultCampaign();
    editJson(dir, 'criteria.json', (data) => {
      const criteria = data.criteria as { id: string; test: Record<string, unknown> }[];
      const conduct = criteria.find((c) => c.id === 'CN-HCSN-2');
      if (!conduct) throw new Error('CN-HCSN-2 expected');
      conduct.test = { type: 'distinctions', fields: ['member_awards'], codes: ['SK-T'], atLeast: 1 };
    });
    expect(await problems(dir, 'vi')).toEqual([
      `${path.join(dir, 'criteria.json')}: tiêu chí CN-HCSN-2 › test: tiêu chí áp dụng cho cá nhân nhưng đọc cột "Thành tích cá nhân trong tập thể", cột chỉ có ở tập thể`,
    ]);
  });

  it('says every problem in Vietnamese under --lang vi, with no English words', async () => {
    const dir = copyDefaultCampaign();
    editJson(dir, 'campaign.json', (data) => {
      (data.period as Record<string, unknown>).to = '2020';
      data.extra = true;
    });
    editJson(dir, 'criteria.json', (data) => {
      const [first, second, third] = data.criteria as Record<string, unknown>[];
      if (!first || !second || !third) throw new Error('criteria expected');
      first.test = { type: 'everyYears', code: 'TTLĐTT' };
      second.test = { type: 'yearsWith', code: 'HTXSVN', atLeast: 0 };
      third.category = [];
    });
    const lines = await problems(dir, 'vi');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe(
      `${path.join(dir, 'campaign.json')}: (toàn tệp): cần chỉ các khoá của định dạng, nhưng có khoá lạ "extra"`,
    );
    expect(lines[4]).toBe(
      `${path.join(dir, 'criteria.json')}: tiêu chí TT-HCSN-3 › category: cần ít nhất 1 phần tử, nhưng có []`,
    );
    // once the files parse, a mistyped code is named with the nearest one
    const typo = copyDefaultCampaign();
    editJson(typo, 'criteria.json', (data) => {
      const second = (data.criteria as Record<string, unknown>[])[1];
      if (!second) throw new Error('criterion expected');
      second.test = { type: 'yearsWith', code: 'HTXSVN', atLeast: 1 };
    });
    expect(await problems(typo, 'vi')).toEqual([
      `${path.join(typo, 'criteria.json')}: tiêu chí TT-HCSN-2 › test: "HTXSVN" không phải mã danh hiệu theo năm của vocabulary.json — có phải HTXSNV?`,
    ]);
    const words = lines.map((l) => l.slice(l.indexOf(': ') + 2));
    for (const line of words) {
      expect(line).not.toMatch(
        /\b(expected|found|criterion|one of|is not|nothing|missing|Invalid|input|string|number|array|object|keys?)\b/i,
      );
    }
  });
});

describe('campaign validate: declared columns', () => {
  const copyLaw = () => {
    const dir = path.join(tempDir('eligibility-law-'), 'law');
    cpSync(path.join(RULES_DIR, 'luat-tdkt-2022'), dir, { recursive: true });
    return dir;
  };

  it('a criterion reading a column campaign.json does not declare, with the nearest', async () => {
    const dir = copyLaw();
    editJson(dir, 'criteria.json', (data) => {
      const criteria = data.criteria as { id: string; test: Record<string, unknown> }[];
      const share = criteria.find((c) => c.id === 'TTLDTT-4');
      if (!share) throw new Error('TTLDTT-4 expected');
      share.test = { type: 'share', part: 'member_ldtt', whole: 'members', percent: 50.01 };
    });
    const { code, stdout } = await run('campaign', 'validate', dir);
    expect(code).toBe(2);
    expect(stdout).toBe(
      `${path.join(dir, 'criteria.json')}: tiêu chí TTLDTT-4 › test: "member_ldtt" không phải cột khai báo trong campaign.json — có phải members_ldtt?\n`,
    );
  });

  it('warns of a declared column no criterion reads, and still validates', async () => {
    const dir = copyLaw();
    editJson(dir, 'campaign.json', (data) => {
      (data.columns as Record<string, unknown>[]).push({
        id: 'note',
        header: { vi: 'Ghi chú thêm', en: 'note' },
        type: 'text',
        kinds: ['individual'],
      });
    });
    const { code, stdout } = await run('campaign', 'validate', dir, '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout.split('\n')[1]).toBe(
      `${path.join(dir, 'campaign.json')}: The column "note" (note) is declared but no criterion reads it: units would fill it in for nothing`,
    );
    const shipped = await run('campaign', 'validate', 'luat-tdkt-2022');
    expect(shipped.stdout).toBe('OK luat-tdkt-2022: giai đoạn 2024–2024, 3 đơn vị, 13 tiêu chí\n');
  });
});

describe('eligibility campaign init --blank', () => {
  it('writes a minimal campaign that validates and whose cases pass', async () => {
    const dir = freshDir();
    const init = await run('campaign', 'init', dir, '--blank');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Đã tạo bộ quy tắc tối thiểu');
    expect((await run('campaign', 'validate', dir)).code).toBe(0);
    const test = await run('campaign', 'test', dir);
    expect(test.stdout).toMatch(/^OK my-campaign: 6 trường hợp/);
    expect(test.stdout).not.toContain('chưa có đủ trường hợp');
    expect(test.code).toBe(0);
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
