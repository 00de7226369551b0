import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMAT_1_COLUMNS } from '../../src/campaign/form.js';
import { loadCampaignFrom, RULES_DIR } from '../../src/campaign/load.js';
import { CURRENT_FORMAT, migrateCampaign, UnknownFormatError } from '../../src/campaign/migrate.js';
import { removeTempDirs, tempDir } from './copy.js';

afterAll(removeTempDirs);

const SHIPPED = ['lai-chau-2020', 'tan-uyen-2021'];

/**
 * A copy of a shipped campaign as format 1 wrote it: the same files without the `format` line and
 * without the `kinds` and `columns` that format 2 writes out (format 1 had the four categories
 * and the form of DOMAIN.md §2, unsaid).
 */
function formatOneCopy(id: string): string {
  const dir = path.join(tempDir('eligibility-migrate-'), id);
  cpSync(path.join(RULES_DIR, id), dir, { recursive: true });
  const file = path.join(dir, 'campaign.json');
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text
      .replace(/^\s*"format": 2,\n/m, '')
      .replace(/^ {2}"kinds": \[\n[\s\S]*?^ {2}\],\n/m, '')
      .replace(/^ {2}"columns": \[\n[\s\S]*?^ {2}\],\n/m, ''),
  );
  return dir;
}

const files = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));

describe('campaign format versions', () => {
  it.each(SHIPPED)('%s ships as the current format', async (id) => {
    const json = JSON.parse(readFileSync(path.join(RULES_DIR, id, 'campaign.json'), 'utf8'));
    expect(json.format).toBe(CURRENT_FORMAT);
  });

  it.each(SHIPPED)('a format-1 copy of %s still reads, to the same campaign', async (id) => {
    const old = formatOneCopy(id);
    expect(JSON.parse(readFileSync(path.join(old, 'campaign.json'), 'utf8')).format).toBeUndefined();
    const [before, shipped] = await Promise.all([
      loadCampaignFrom(old),
      loadCampaignFrom(path.join(RULES_DIR, id)),
    ]);
    expect(before.criteria).toEqual(shipped.criteria);
    expect(before.vocabulary).toEqual(shipped.vocabulary);
    expect(before.units).toEqual(shipped.units);
    expect(before.kinds).toEqual(shipped.kinds);
    expect(before.columns).toEqual(shipped.columns);
  });

  it.each(SHIPPED)('migrate turns a format-1 copy of %s into the shipped files, byte for byte', (id) => {
    const old = formatOneCopy(id);
    expect(migrateCampaign(old)).toMatchObject({ from: 1, to: 2, changed: true });
    expect(files(old)).toEqual(files(path.join(RULES_DIR, id)));
    // a second run has nothing to do and writes nothing
    expect(migrateCampaign(old)).toMatchObject({ from: 2, to: 2, changed: false });
    expect(files(old)).toEqual(files(path.join(RULES_DIR, id)));
  });

  it('refuses a format it does not know, naming the field, and migrate leaves the folder alone', async () => {
    const dir = formatOneCopy('tan-uyen-2021');
    const file = path.join(dir, 'campaign.json');
    const text = readFileSync(file, 'utf8').replace('{\n', '{\n  "format": 3,\n');
    writeFileSync(file, text);
    await expect(loadCampaignFrom(dir)).rejects.toMatchObject({
      problems: [
        expect.objectContaining({
          code: 'E-CAMPAIGN',
          args: expect.objectContaining({ path: 'format', found: '3' }),
        }),
      ],
    });
    expect(() => migrateCampaign(dir)).toThrow(UnknownFormatError);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('columns may be declared only in format 2', async () => {
    const dir = formatOneCopy('tan-uyen-2021');
    const file = path.join(dir, 'campaign.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    // the form's own columns, which format 1 left unsaid, and one more
    json.columns = [
      ...FORMAT_1_COLUMNS,
      { id: 'income', header: { vi: 'Thu nhập', en: 'income' }, type: 'money', kinds: ['individual'] },
    ];
    writeFileSync(file, JSON.stringify(json));
    await expect(loadCampaignFrom(dir)).rejects.toMatchObject({
      problems: [expect.objectContaining({ args: expect.objectContaining({ path: 'format' }) })],
    });
    writeFileSync(file, JSON.stringify({ ...json, format: 2 }));
    expect((await loadCampaignFrom(dir)).columns.at(-1)?.type).toBe('money');
  });
});
