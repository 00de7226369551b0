import { finding } from '../findings/catalogue.js';
import { type Finding, formatPosition } from '../findings/finding.js';
import { clean } from '../model/fold.js';
import type { Nominee } from '../model/nominee.js';
import { nomineePosition } from './position.js';

/**
 * Name as people would call it the same (DOMAIN.md §5): NFC, case and every space ignored.
 * Diacritics are kept on purpose: `Lê` and `Lệ` are different names.
 */
export function nameKey(name: string): string {
  return clean(name).toLowerCase().replace(/\s/gu, '');
}

/**
 * What makes two rows the same nomination. An individual is its name and birth year; a blank
 * birth year is a value of its own, so two rows of one name both without a year are taken for
 * the same person, while a blank never matches a written year (common names such as
 * `Nguyễn Văn Hùng` belong to many people). A collective is its name within its unit.
 */
export function duplicateKey(nominee: Nominee): string {
  if (nominee.kind === 'individual') {
    return ['individual', nameKey(nominee.name), nominee.birthYear ?? ''].join('\u0000');
  }
  const unit = nominee.unit ?? `?${nameKey(nominee.unitText)}`;
  return ['collective', nameKey(nominee.name), unit].join('\u0000');
}

/** D-DUP on every later row of a nomination already made, naming where it was first made. */
export function findDuplicates(nominees: readonly Nominee[]): Finding[] {
  const first = new Map<string, Nominee>();
  const findings: Finding[] = [];
  for (const nominee of nominees) {
    const key = duplicateKey(nominee);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, nominee);
      continue;
    }
    findings.push(
      finding(
        'D-DUP',
        { name: nominee.name, first: formatPosition(nomineePosition(earlier, 'name')) },
        nomineePosition(nominee, 'name'),
      ),
    );
  }
  return findings;
}
