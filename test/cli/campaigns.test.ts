import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCampaignIds, loadCampaign, RULES_DIR } from '../../src/campaign/load.js';
import { run } from '../helpers/cli.js';
import { testDir } from '../helpers/temp.js';

const ids = bundledCampaignIds();

describe('eligibility campaigns', () => {
  it('lists every shipped campaign, the default first, with its Vietnamese title', async () => {
    const { code, stdout } = await run('campaigns');
    expect(code).toBe(0);
    expect(ids[0]).toBe('lai-chau-2020');
    expect(ids).toContain('tan-uyen-2021');
    const lines = stdout.split('\n');
    ids.forEach((id, i) => {
      expect(lines[i]?.startsWith(`${id} `)).toBe(true);
      expect(lines[i]).toContain(loadCampaign(id).title.vi);
    });
    expect(lines[0]).toContain('(mặc định)');
  });

  it('speaks English with --lang en and lists the same ids as JSON', async () => {
    const text = await run('campaigns', '--lang', 'en');
    expect(text.stdout).toContain(loadCampaign('tan-uyen-2021').title.en);
    expect(text.stdout).toContain('(default)');
    const json = await run('campaigns', '--format', 'json');
    expect(JSON.parse(json.stdout).map((c: { id: string }) => c.id)).toEqual(ids);
  });
});

describe('--campaign takes an id or a folder', () => {
  it('an id and the folder it names give the same rules', async () => {
    const byId = await run('rules', '--campaign', 'tan-uyen-2021', '--format', 'json');
    const byDir = await run('rules', '--campaign', path.join(RULES_DIR, 'tan-uyen-2021'), '--format', 'json');
    expect(byId.code).toBe(0);
    expect(byId.stdout).toBe(byDir.stdout);
    expect(byId.stdout).toContain('H-TT-HCSN-1');
  });

  it('plan check takes an id', async () => {
    const { code, stdout } = await run('plan', 'check', '--campaign', 'tan-uyen-2021', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).campaign).toBe('tan-uyen-2021');
  });

  it('check takes an id: the 2016–2020 list lacks the 2021 column tan-uyen-2021 asks for', async () => {
    const csv = path.join('fixtures', 'lai-chau-2020', 'nominees.csv');
    const byDefault = await run('check', csv, '--format', 'json');
    expect(byDefault.code).not.toBe(2);
    const byId = await run('check', csv, '--campaign', 'tan-uyen-2021', '--lang', 'en');
    expect(byId.code).toBe(2);
    expect(byId.stderr).toContain('"2021"');
  });

  it('a mistyped id is exit 2 naming the shipped ids and the nearest one, in either language', async () => {
    const vi = await run('rules', '--campaign', 'tan-uyen-2012');
    expect(vi.code).toBe(2);
    expect(vi.stderr).toBe(
      `"tan-uyen-2012" không phải thư mục, cũng không phải mã bộ quy tắc có sẵn (${ids.join(', ')}). Có phải tan-uyen-2021?\n`,
    );
    const en = await run('check', 'x.csv', '--campaign', 'nowhere', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`"nowhere" is neither a folder nor the id of a shipped campaign`);
    expect(en.stderr).not.toContain('Did you mean');
  });

  it('campaign init --from takes an id', async () => {
    const dir = path.join(testDir('eligibility-from-'), 'copy');
    const { code, stdout } = await run('campaign', 'init', dir, '--from', 'tan-uyen-2021');
    expect(code).toBe(0);
    expect(stdout).toContain('OK tan-uyen-2021');
  });
});
