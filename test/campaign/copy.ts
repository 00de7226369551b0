import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultCampaignDir } from '../../src/campaign/load.js';

const made: string[] = [];

/** A private folder under the system's temp folder, removed by `removeTempDirs`. */
export function tempDir(prefix = 'eligibility-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** For `afterAll`: tests leave nothing behind. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A private copy of the default campaign, to break or correct without touching `rules/`. */
export function copyDefaultCampaign(): string {
  const dir = path.join(tempDir('eligibility-campaign-'), 'campaign');
  cpSync(defaultCampaignDir(), dir, { recursive: true });
  return dir;
}

/** Edit one JSON file of a campaign folder in place. */
export function editJson(dir: string, name: string, edit: (data: Record<string, unknown>) => void): void {
  const file = path.join(dir, name);
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(data);
  writeFileSync(file, JSON.stringify(data, null, 2));
}

/** Replace one cell of `allocations.csv`, found by unit id and header. */
export function editAllocation(dir: string, unit: string, header: string, value: string): void {
  const file = path.join(dir, 'allocations.csv');
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const headers = (lines[0] ?? '').split(',');
  const column = headers.indexOf(header);
  const index = lines.findIndex((l) => l.startsWith(`${unit},`));
  if (column < 0 || index < 0) throw new Error(`no cell ${unit}/${header}`);
  const cells = (lines[index] ?? '').split(',');
  cells[column] = value;
  lines[index] = cells.join(',');
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** A copy of the default campaign whose text states what its table holds (30 and 82, DOMAIN.md §4). */
export function correctedCampaignCopy(): string {
  const dir = copyDefaultCampaign();
  editJson(dir, 'campaign.json', (data) => {
    Object.assign(data.stated as object, { collective: 30, individual: 82 });
  });
  return dir;
}
