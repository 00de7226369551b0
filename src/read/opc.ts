import path from 'node:path';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';

/**
 * An xlsx is an OPC package (ECMA-376 Part 2): parts found through relationships, whose targets
 * may be relative (`worksheets/sheet1.xml`, `./x.xml`, `../comments1.xml`) or absolute
 * (`/xl/comments/comment1.xml`), percent-encoded, in any letter case, and whose parts may have
 * any name. exceljs instead recognises parts by the names it writes itself (`xl/comments1.xml`,
 * `xl/drawings/vmlDrawing1.vml`) and looks comments up by the relative target it writes
 * (`../comments1.xml`), so a workbook saved by openpyxl, whose comment parts are
 * `/xl/comments/comment1.xml`, fails inside exceljs. This module gives exceljs the same package
 * with each part it reads under the name exceljs would have written and every relationship in
 * the relative form; a package already in that form is handed over untouched.
 */

const PACKAGE_RELS = '_rels/.rels';

/** The name exceljs gives the n-th part of a relationship type (the last word of the type URI). */
const CANONICAL: Record<string, (n: number, extension: string) => string> = {
  officeDocument: () => 'xl/workbook.xml',
  'core-properties': () => 'docProps/core.xml',
  'extended-properties': () => 'docProps/app.xml',
  worksheet: (n) => `xl/worksheets/sheet${n}.xml`,
  styles: () => 'xl/styles.xml',
  sharedStrings: () => 'xl/sharedStrings.xml',
  theme: (n) => `xl/theme/theme${n}.xml`,
  comments: (n) => `xl/comments${n}.xml`,
  vmlDrawing: (n) => `xl/drawings/vmlDrawing${n}.vml`,
  drawing: (n) => `xl/drawings/drawing${n}.xml`,
  table: (n) => `xl/tables/table${n}.xml`,
  image: (n, extension) => `xl/media/image${n}${extension}`,
};

interface Relationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}

interface Rels {
  /** The part the relationships belong to; '' for the package itself. */
  source: string;
  list: Relationship[];
  /** For each relationship, the part (zip entry name) it resolves to, if internal and present. */
  parts: (string | undefined)[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  isArray: (name) => name === 'Relationship',
});

/** The relationships part of `part` (OPC §9.3.3): `xl/_rels/workbook.xml.rels`; `_rels/.rels` for the package. */
export function relsPartOf(part: string): string {
  if (part === '') return PACKAGE_RELS;
  return path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
}

/**
 * The part name a target points at from `source`, without the leading `/` and percent-decoded,
 * as zip entries are named; `undefined` when it points outside the package.
 */
export function resolveTarget(source: string, target: string): string | undefined {
  const clean = target.trim().split('#')[0] ?? '';
  // a URI with a scheme is outside the package, whatever its TargetMode says
  if (clean === '' || /^[a-z][a-z0-9+.-]*:/i.test(clean)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(clean);
  } catch {
    decoded = clean;
  }
  const base = source === '' ? '/' : `/${path.posix.dirname(source)}/`;
  // dot segments above the root stop at the root, as RFC 3986 §5.2.4 resolves them
  return path.posix.normalize(decoded.startsWith('/') ? decoded : base + decoded).slice(1);
}

/** What exceljs will be given: the same bytes when the package is already in its form. */
export async function forExceljs(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  // OPC part names compare without regard to ASCII case
  const entries = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name]?.dir) entries.set(name.replace(/^\//, '').toLowerCase(), name);
  }
  const find = (part: string) => entries.get(part.toLowerCase());

  const all: Rels[] = [];
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  const counts = new Map<string, number>();
  const queue = [''];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const source = queue.shift() as string;
    const relsEntry = find(relsPartOf(source));
    if (relsEntry === undefined) continue;
    const doc = parser.parse(await (zip.file(relsEntry) as JSZip.JSZipObject).async('string'));
    const list: Relationship[] = doc?.Relationships?.Relationship ?? [];
    const parts = list.map((rel) => {
      if (rel.TargetMode === 'External' || typeof rel.Target !== 'string') return undefined;
      const resolved = resolveTarget(source, rel.Target);
      return resolved === undefined ? undefined : find(resolved);
    });
    all.push({ source, list, parts });
    list.forEach((rel, i) => {
      const part = parts[i];
      if (part === undefined || renamed.has(part)) return;
      const kind = String(rel.Type).split('/').pop() ?? '';
      const canonical = CANONICAL[kind];
      let name = part;
      if (canonical) {
        // two parts never end under one name
        do {
          const n = (counts.get(kind) ?? 0) + 1;
          counts.set(kind, n);
          name = canonical(n, path.posix.extname(part).toLowerCase());
        } while (taken.has(name));
      }
      taken.add(name);
      renamed.set(part, name);
      if (!seen.has(part)) {
        seen.add(part);
        queue.push(part);
      }
    });
  }

  const nameOf = (part: string) => renamed.get(part) ?? part;
  const targetFrom = (source: string, part: string) =>
    source === '' ? nameOf(part) : path.posix.relative(path.posix.dirname(nameOf(source)), nameOf(part));
  const unchanged =
    [...renamed].every(([from, to]) => from === to) &&
    all.every(({ source, list, parts }) =>
      list.every((rel, i) => {
        const part = parts[i];
        return part === undefined || rel.Target === targetFrom(source, part);
      }),
    );
  if (unchanged) return bytes;

  const out = new JSZip();
  // exceljs's load reads parts by their names, never by `[Content_Types].xml`, so that is left out
  for (const [from, to] of renamed) {
    out.file(to, await (zip.file(from) as JSZip.JSZipObject).async('nodebuffer'));
  }
  for (const { source, list, parts } of all) {
    const rewritten = list.map((rel, i) => {
      const part = parts[i];
      return part === undefined ? rel : { ...rel, Target: targetFrom(source, part) };
    });
    out.file(relsPartOf(source === '' ? '' : nameOf(source)), relsXml(rewritten));
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '', suppressEmptyNode: true });
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function relsXml(list: Relationship[]): string {
  return (
    DECLARATION +
    builder.build({
      Relationships: {
        xmlns: 'http://schemas.openxmlformats.org/package/2006/relationships',
        Relationship: list.map(({ Id, Type, Target, TargetMode }) =>
          TargetMode === undefined ? { Id, Type, Target } : { Id, Type, Target, TargetMode },
        ),
      },
    })
  );
}
