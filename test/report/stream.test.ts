import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/check.js';
import { type FormatName, type RenderOptions, reportFormat } from '../../src/report/index.js';
import { collected } from '../../src/report/stream.js';
import { collectivesOnlyResult, sampleResult } from './sample.js';

/**
 * Every format with a writer gives, written nominee by nominee as a streamed check hands them
 * out (the result it finishes with holds none), the bytes its whole render gives.
 */
async function streamed(format: FormatName, result: CheckResult, options: RenderOptions = {}) {
  const out = collected();
  const make = reportFormat(format).writer;
  if (!make) throw new Error(`${format} has no writer`);
  const writer = await make(result.campaign, 'vi', out.write, options);
  for (const j of result.judgements) writer.nominee(j);
  await writer.finish({ ...result, judgements: [] });
  return out.bytes();
}

async function whole(format: FormatName, result: CheckResult, options: RenderOptions = {}) {
  const data = await reportFormat(format).render(result, 'vi', options);
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
}

const sample = sampleResult();
const results: [string, CheckResult][] = [
  ['the hand-built sample', sample],
  ['collectives only', collectivesOnlyResult()],
  ['no nominee', { ...sample, judgements: [], findings: [] }],
  ['limited to units (--unit)', { ...sample, units: ['phong-tho'] }],
  // more nominees than one chunk or batch holds, so the pieces meet at their seams
  [
    'fifteen hundred nominees',
    { ...sample, judgements: Array.from({ length: 300 }, () => sample.judgements).flat() },
  ],
];

describe.each(['json', 'csv', 'ndjson'] as const)('%s written as it goes', (format) => {
  it.each(results)('gives the bytes of the whole render: %s', async (_, result) => {
    const bytes = await streamed(format, result);
    expect(bytes.length).toBeGreaterThan(0);
    expect(Buffer.from(bytes).equals(await whole(format, result))).toBe(true);
  });
});

describe('csv written as it goes', () => {
  it('keeps the separator asked for', async () => {
    const options: RenderOptions = { csvSeparator: '\t' };
    const bytes = await streamed('csv', sample, options);
    expect(Buffer.from(bytes).toString('utf8')).toContain('\t');
    expect(Buffer.from(bytes).equals(await whole('csv', sample, options))).toBe(true);
  });
});
