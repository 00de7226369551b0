import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueEntries, readmeWithFindings } from '../../src/cli/findings.js';

const README = path.resolve(import.meta.dirname, '..', '..', 'README.md');

describe("the README's list of findings", () => {
  const readme = readFileSync(README, 'utf8');

  it('is what the catalogue gives (else: npm run build && node scripts/write-findings-readme.mjs)', () => {
    expect(readmeWithFindings(readme)).toBe(readme);
  });

  it('names every code of the catalogue once', () => {
    const section = readme.slice(
      readme.indexOf('<!-- findings:start -->'),
      readme.indexOf('<!-- findings:end -->'),
    );
    for (const { code } of catalogueEntries('en')) {
      expect(section.split(`| \`${code}\` |`)).toHaveLength(2);
    }
  });
});
