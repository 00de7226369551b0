import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignGuide, GUIDE_FILE, guideColumns } from '../../src/campaign/guide.js';
import { checkReferences } from '../../src/campaign/references.js';
import { campaignFileSchema, criteriaFileSchema } from '../../src/campaign/schema.js';
import { readsOf } from '../../src/engine/predicate.js';
import { PREDICATES } from '../../src/engine/predicates/index.js';
import type { Finding } from '../../src/findings/finding.js';
import type { Kind } from '../../src/model/categories.js';
import { COLUMN_TYPES } from '../../src/model/column-types/index.js';
import { DEFAULT_KINDS } from '../../src/model/kinds.js';
import { COLUMNS } from '../../src/read/columns.js';
import { campaign as lai } from '../helpers/nominee.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const committed = readFileSync(path.join(ROOT, GUIDE_FILE), 'utf8');

/** The ```json blocks under a `## ` heading of the guide, parsed. */
function examplesUnder(heading: string): unknown[] {
  const start = committed.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const body = committed.slice(start, nextSection(start));
  return [...body.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1] as string));
}

/** Where the `## ` section starting at `start` ends: the next `## ` or `# ` heading. */
function nextSection(start: number): number {
  const next = committed.slice(start + 1).search(/\n#{1,2} /);
  return next < 0 ? committed.length : start + 1 + next;
}

describe('the campaign authoring guide (docs/campaign-guide.md)', () => {
  it('is what `npm run guide` writes from the registries today', () => {
    // a module's guide changed, or a predicate or column type was added: run `npm run guide`
    expect(committed).toBe(campaignGuide());
  });

  it('gives the Vietnamese guide first, then the English one', () => {
    expect(committed.indexOf('# Hướng dẫn soạn kỳ xét khen thưởng')).toBe(0);
    expect(committed.indexOf('\n# Campaign authoring guide (English)')).toBeGreaterThan(0);
  });

  it('names every column type and predicate in both languages', () => {
    const [vi, en] = committed.split('\n# Campaign authoring guide (English)') as [string, string];
    for (const name of [...Object.keys(COLUMN_TYPES), ...Object.keys(PREDICATES)]) {
      expect(vi, name).toContain(`### \`${name}\`\n`);
      expect(en, name).toContain(`### \`${name}\`\n`);
    }
  });

  it("declares its example columns as a campaign.json would, in both languages' sections", () => {
    for (const heading of ['Kiểu cột', 'Column types']) {
      const declared = examplesUnder(heading);
      expect(declared).toHaveLength(Object.keys(COLUMN_TYPES).length);
      const { format: _f, ...meta } = JSON.parse(
        readFileSync(path.join(lai.dir, 'campaign.json'), 'utf8'),
      ) as Record<string, unknown>;
      const parsed = campaignFileSchema.safeParse({ ...meta, format: 2, columns: declared });
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });

  it('gives every predicate an example that is a valid criterion of a campaign with those columns', () => {
    const columns = guideColumns();
    const kindsOf = new Map<string, readonly Kind[]>([
      ...COLUMNS.map((c): [string, readonly Kind[]] => [c.id, c.kinds]),
      ...columns.map((c): [string, readonly Kind[]] => [c.id, c.kinds]),
    ]);
    for (const heading of ['Điều kiện', 'Predicates']) {
      const examples = examplesUnder(heading);
      expect(examples).toHaveLength(Object.keys(PREDICATES).length);
      const criteria = examples.map((test, i) => ({
        id: `VD-${i + 1}`,
        category: ['individual-HCSN'],
        cite: '1',
        source: 'ví dụ',
        title: { vi: 'Ví dụ', en: 'Example' },
        test,
      }));
      const parsed = criteriaFileSchema.parse({ criteria });
      // each example judged for the kinds whose form has every column it reads
      for (const criterion of parsed.criteria) {
        if (!criterion.test) throw new Error(`${criterion.id} has no test`);
        const read = readsOf(criterion.test).columns;
        const forms = (['individual', 'collective'] as const).filter((k) =>
          read.every((id) => /^\d{4}$/.test(id) || (kindsOf.get(id) ?? []).includes(k)),
        );
        expect(forms, JSON.stringify(criterion.test)).not.toEqual([]);
        criterion.category = DEFAULT_KINDS.filter((k) => forms.includes(k.form)).map((k) => k.id);
      }
      const problems: Finding[] = [];
      checkReferences(lai.dir, lai.units, lai.vocabulary, parsed.criteria, problems, columns);
      expect(problems).toEqual([]);
    }
  });
});
