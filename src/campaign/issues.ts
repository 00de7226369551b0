import type { z } from 'zod';
import { finding, inLangs } from '../findings/catalogue.js';
import type { Finding } from '../findings/finding.js';
import type { Text } from '../model/text.js';
import { nearestName } from './nearest.js';

/**
 * A zod issue about a campaign file, in words an author acts on in either language: where, by
 * the name the author wrote (`tiêu chí TT-HCSN-5 › test.of[2].code`, not `criteria.4.test.of.2.code`),
 * what was expected and what was found, and the nearest known name when a name was mistyped.
 */
export function issueFinding(file: string, issue: z.core.$ZodIssue, data: unknown): Finding {
  const where = namedPath(issue.path, data);
  const input = (issue as { input?: unknown }).input;
  const { expected, hint, found: own } = expectation(issue, input);
  const found: Text =
    own ?? (input === undefined ? { vi: 'không có', en: 'nothing' } : { vi: shown(input), en: shown(input) });
  return finding(
    'E-CAMPAIGN',
    {
      // the plain arguments stay as they always were, for JSON readers; words come from the Vi/En pairs
      path: where.en,
      expected: expected.en,
      found: found.en + hint.en,
      ...inLangs('path', where),
      ...inLangs('expected', expected),
      ...inLangs('found', { vi: found.vi + hint.vi, en: found.en + hint.en }),
    },
    { file },
  );
}

/** Array items that people know by a name of their own, and what each is called. */
const NAMED: Record<string, { key: string; what: Text }> = {
  criteria: { key: 'id', what: { vi: 'tiêu chí', en: 'criterion' } },
  yearCodes: { key: 'code', what: { vi: 'mã', en: 'code' } },
  distinctions: { key: 'code', what: { vi: 'mã', en: 'code' } },
  units: { key: 'id', what: { vi: 'đơn vị', en: 'unit' } },
};

/**
 * `criteria.4.test.of.2.code` → `tiêu chí TT-HCSN-5 › test.of[2].code`: an item of a named list
 * goes by its own name (or its place, counted from 1, when it has none), the rest as written.
 */
export function namedPath(at: readonly PropertyKey[], data: unknown): Text {
  const parts: { vi: string[]; en: string[] } = { vi: [], en: [] };
  let rest = '';
  let node: unknown = data;
  for (let i = 0; i < at.length; i++) {
    const key = at[i] as PropertyKey;
    const next = at[i + 1];
    const named = typeof key === 'string' ? NAMED[key] : undefined;
    const list = (node as Record<string, unknown> | undefined)?.[key as string];
    if (named && typeof next === 'number' && Array.isArray(list)) {
      const item = list[next] as Record<string, unknown> | undefined;
      const name = item?.[named.key];
      if (rest) {
        parts.vi.push(rest);
        parts.en.push(rest);
        rest = '';
      }
      parts.vi.push(`${named.what.vi} ${typeof name === 'string' && name ? name : `thứ ${next + 1}`}`);
      parts.en.push(`${named.what.en} ${typeof name === 'string' && name ? name : `no. ${next + 1}`}`);
      node = item;
      i++;
      continue;
    }
    rest += typeof key === 'number' ? `[${key}]` : `${rest ? '.' : ''}${String(key)}`;
    node = (node as Record<PropertyKey, unknown> | undefined)?.[key as string];
  }
  if (rest) {
    parts.vi.push(rest);
    parts.en.push(rest);
  }
  return {
    vi: parts.vi.join(' › ') || '(toàn tệp)',
    en: parts.en.join(' › ') || '(the whole file)',
  };
}

const TYPES: Record<string, Text> = {
  string: { vi: 'một chuỗi chữ', en: 'text' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'một danh sách [...]', en: 'a list [...]' },
  object: { vi: 'một đối tượng {...}', en: 'an object {...}' },
  null: { vi: 'null', en: 'null' },
};

const typeWords = (name: string): Text => TYPES[name] ?? { vi: name, en: name };

/** Messages the campaign schemas give in their own words, in both languages. */
const CUSTOM: Record<string, Text> = {
  'give either `test` or `interpretations` with `interpretation`': {
    vi: 'hoặc `test`, hoặc `interpretations` kèm `interpretation`',
    en: 'either `test` or `interpretations` with `interpretation`',
  },
  'period.from must not be after period.to': {
    vi: '`period.from` không sau `period.to`',
    en: '`period.from` not after `period.to`',
  },
};

const NO_HINT: Text = { vi: '', en: '' };

function expectation(issue: z.core.$ZodIssue, input: unknown): { expected: Text; hint: Text; found?: Text } {
  switch (issue.code) {
    case 'invalid_type':
      return { expected: typeWords(issue.expected), hint: NO_HINT };
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      const near =
        typeof input === 'string'
          ? nearestName(
              input,
              issue.values.filter((v) => typeof v === 'string'),
            )
          : undefined;
      return {
        expected:
          values.length === 1
            ? { vi: values[0] as string, en: values[0] as string }
            : { vi: `một trong ${values.join(' | ')}`, en: `one of ${values.join(' | ')}` },
        hint:
          near === undefined ? NO_HINT : { vi: ` — có phải "${near}"?`, en: ` — did you mean "${near}"?` },
      };
    }
    case 'too_small':
    case 'too_big': {
      const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const least = issue.code === 'too_small';
      const unit: Text =
        issue.origin === 'array' || issue.origin === 'set'
          ? { vi: ' phần tử', en: ' items' }
          : issue.origin === 'string'
            ? { vi: ' ký tự', en: ' characters' }
            : { vi: '', en: '' };
      const compare: Text = least
        ? { vi: issue.inclusive ? 'ít nhất' : 'hơn', en: issue.inclusive ? 'at least' : 'more than' }
        : { vi: issue.inclusive ? 'nhiều nhất' : 'dưới', en: issue.inclusive ? 'at most' : 'less than' };
      return {
        expected: { vi: `${compare.vi} ${bound}${unit.vi}`, en: `${compare.en} ${bound}${unit.en}` },
        hint: NO_HINT,
      };
    }
    case 'invalid_format': {
      if (issue.format === 'regex' && 'pattern' in issue) {
        const pattern = String(issue.pattern);
        return { expected: { vi: `chữ khớp mẫu ${pattern}`, en: `text matching ${pattern}` }, hint: NO_HINT };
      }
      if (issue.format === 'date')
        return { expected: { vi: 'ngày dạng YYYY-MM-DD', en: 'a date YYYY-MM-DD' }, hint: NO_HINT };
      return { expected: { vi: `dạng ${issue.format}`, en: `the ${issue.format} format` }, hint: NO_HINT };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return {
        expected: { vi: 'chỉ các khoá của định dạng', en: 'only the keys of the format' },
        found: { vi: `khoá lạ ${keys}`, en: `the unknown key ${keys}` },
        hint: NO_HINT,
      };
    }
    case 'custom': {
      const types = (issue.params as { types?: string[] } | undefined)?.types;
      if (types) {
        const words = types.map((t) => typeWords(t));
        return {
          expected: { vi: words.map((w) => w.vi).join(' hoặc '), en: words.map((w) => w.en).join(' or ') },
          hint: NO_HINT,
        };
      }
      return {
        expected: CUSTOM[issue.message] ?? { vi: 'giá trị hợp lệ', en: issue.message },
        hint: NO_HINT,
      };
    }
    default:
      return { expected: { vi: 'giá trị hợp lệ', en: issue.message }, hint: NO_HINT };
  }
}

function shown(input: unknown): string {
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * An E-CAMPAIGN finding from its three parts in both languages: the arguments stay in English for
 * JSON readers, the message takes the run's language. `where` is the file, and the sheet of a
 * workbook.
 */
export function campaignProblem(
  where: { file: string; sheet?: string },
  at: Text,
  expected: Text,
  found: Text | string,
): Finding {
  const foundText = typeof found === 'string' ? { vi: found, en: found } : found;
  return finding(
    'E-CAMPAIGN',
    {
      path: at.en,
      expected: expected.en,
      found: foundText.en,
      ...inLangs('path', at),
      ...inLangs('expected', expected),
      ...inLangs('found', foundText),
    },
    where,
  );
}
