import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { ndjsonLines, renderNdjson } from '../../src/report/ndjson.js';
import { sampleResult } from './sample.js';

describe('renderNdjson', () => {
  const result = sampleResult();
  const text = renderNdjson(result, 'vi');
  const records = text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; [k: string]: unknown });

  it('is one JSON object per line, ending with a newline', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd().split('\n')).toHaveLength(records.length);
    expect([...ndjsonLines(result, 'vi')].join('\n')).toBe(text.trimEnd());
  });

  it('gives nominees, then quota, findings, composition and one summary line, in that order', () => {
    // a nominee's own finding (D-DUP) comes right after it, never among the findings at the end
    const duplicates = records.flatMap((r, i) => (r.code === 'D-DUP' ? [i] : []));
    expect(duplicates.length).toBeGreaterThan(0);
    for (const i of duplicates)
      expect(records[i - 1]).toMatchObject({ type: 'nominee', row: records[i]?.row });
    const types = records.filter((r) => r.code !== 'D-DUP').map((r) => r.type);
    const runs = types.filter((t, i) => t !== types[i - 1]);
    expect(runs).toEqual(['nominee', 'quota', 'finding', 'composition', 'summary']);
    // sample.ts: five nominees; the default campaign's 44 quota entries; 11 units and the total
    expect(types.filter((t) => t === 'nominee')).toHaveLength(5);
    expect(types.filter((t) => t === 'quota')).toHaveLength(44);
    expect(types.filter((t) => t === 'composition')).toHaveLength(12);
    expect(records.at(-1)).toMatchObject({
      type: 'summary',
      campaign: 'lai-chau-2020',
      nominees: 5,
      review: 1,
    });
  });

  it('gives each record the shape the JSON report gives it, with `type` first', () => {
    const json = JSON.parse(renderJson(result, 'vi'));
    const strip = ({ type: _, ...rest }: { type: string }) => rest;
    expect(records.filter((r) => r.type === 'nominee').map(strip)).toEqual(json.nominees);
    expect(records.filter((r) => r.type === 'quota').map(strip)).toEqual(json.quota);
    const duplicate = (f: { code?: unknown }) => f.code === 'D-DUP';
    expect(records.filter((r) => r.type === 'finding').map(strip)).toEqual([
      ...json.findings.filter(duplicate),
      ...json.findings.filter((f: { code?: unknown }) => !duplicate(f)),
    ]);
    expect(records.filter((r) => r.type === 'composition').map(strip)).toEqual(json.composition);
    for (const r of records) expect(Object.keys(r)[0]).toBe('type');
  });
});
