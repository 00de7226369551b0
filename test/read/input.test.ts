import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { runCheck } from '../../src/check.js';
import { InputError } from '../../src/findings/finding.js';
import { renderJson } from '../../src/report/json.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures');

/** Every workbook and CSV the fixtures hold, with what each would be checked against. */
function fixtureFiles(): string[] {
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(xlsx|xls|csv|ods|pdf)$/i.test(f))
    .map((f) => path.join(FIXTURES, f))
    .sort();
}

/** The JSON report of one file, or the finding that refused it. */
async function outcome(input: Parameters<typeof runCheck>[0][number]): Promise<string> {
  const campaign = loadCampaign('lai-chau-2020');
  try {
    return renderJson(await runCheck([input], { campaign }), 'vi');
  } catch (error) {
    // a path's refusal names the path as typed, a file in memory its name
    if (error instanceof InputError)
      return JSON.stringify({ ...error.finding, file: path.basename(error.finding.file ?? '') });
    throw error;
  }
}

describe('a file held in memory', () => {
  it.each(fixtureFiles())('reads as its path does: %s', async (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const fromDisk = await outcome(file);
    const fromMemory = await outcome({ name: path.basename(file), bytes });
    expect(fromMemory).toBe(fromDisk);
  });

  it('keeps two files of the same name apart: both are read', async () => {
    const bytes = readFileSync(path.join(FIXTURES, 'lai-chau-2020', 'nominees.csv'));
    const campaign = loadCampaign('lai-chau-2020');
    const once = await runCheck([{ name: 'a.csv', bytes }], { campaign });
    const twice = await runCheck(
      [
        { name: 'a.csv', bytes },
        { name: 'a.csv', bytes },
      ],
      { campaign },
    );
    expect(twice.judgements.length).toBe(2 * once.judgements.length);
  });
});
