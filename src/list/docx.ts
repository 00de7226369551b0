import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { unzipSync, type Zippable, zipSync } from 'fflate';
import type { Lang } from '../findings/finding.js';
import type { ReportDate } from '../report/date.js';
import { REPORT_KEYWORD } from '../report/marker.js';
import { type Annex, annexOf, type Letterhead } from './annex.js';
import type { AwardList } from './list.js';

/**
 * The annex as a Word document laid out as Nghị định 30/2020/NĐ-CP (Phụ lục I) sets for
 * administrative documents: A4 portrait; margins 20 mm top and bottom, 30 mm left, 15 mm right;
 * Times New Roman throughout, 13 or 14 points; the issuing body (in capitals, bold, under its
 * parent) on the left and the national name (13, bold) and motto (14, bold) on the right, each
 * with a line under it; the place and date in italics; page numbers centred at the top from the
 * second page on; the signer's block on the right. Written with the `docx` library, its dates and
 * its zip entries set from the report date so the same input gives the same bytes.
 */
export async function renderListDocx(
  list: AwardList,
  lang: Lang,
  options: { date: ReportDate; letterhead?: Partial<Letterhead> },
): Promise<Uint8Array> {
  const annex = annexOf(list, lang, options.date, options.letterhead);
  const document = new Document({
    creator: 'eligibility',
    lastModifiedBy: 'eligibility',
    title: annex.documentTitle,
    keywords: REPORT_KEYWORD,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: pt(14) },
          paragraph: { spacing: { before: 0, after: 0, line: 276 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // A4 as Word writes it; the millimetres rounded down would be a twip short each way
            size: {
              width: 11906,
              height: 16838,
              orientation: PageOrientation.PORTRAIT,
            },
            margin: {
              top: mm(20),
              bottom: mm(20),
              left: mm(30),
              right: mm(15),
              header: mm(10),
              footer: mm(10),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph('')] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(13) })],
              }),
            ],
          }),
        },
        children: [...heading(annex), ...body(annex), signature(annex)],
      },
    ],
  });
  return dated(await Packer.toBuffer(document), options.date.instant);
}

const FONT = 'Times New Roman';

/** Millimetres in twentieths of a point, rounded to the nearest. */
function mm(millimetres: number): number {
  return Math.round((millimetres * 1440) / 25.4);
}
/** Text width of A4 less the margins: 210 − 30 − 15 mm. */
const TEXT_WIDTH = mm(165);

/** Half-points, as Word counts font sizes. */
function pt(points: number): number {
  return points * 2;
}

function text(value: string, style: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: value, bold: style.bold, italics: style.italics, size: pt(style.size ?? 14) });
}

function line(
  value: string,
  style: {
    bold?: boolean;
    italics?: boolean;
    size?: number;
    align?: 'left' | 'center' | 'right';
    before?: number;
    after?: number;
    /** Kept on the page of what follows: a section's heading never ends a page. */
    keepNext?: boolean;
  } = {},
): Paragraph {
  const align = style.align ?? 'center';
  return new Paragraph({
    alignment:
      align === 'center'
        ? AlignmentType.CENTER
        : align === 'right'
          ? AlignmentType.RIGHT
          : AlignmentType.LEFT,
    spacing: { before: style.before ?? 0, after: style.after ?? 0 },
    keepNext: style.keepNext,
    children: [text(value, style)],
  });
}

/**
 * The short solid line under the issuing body and under the motto, as the decree draws it: the
 * bottom border of an empty paragraph narrowed to `width` millimetres, centred in a cell
 * `within` millimetres wide.
 */
function rule(width: number, within: number): Paragraph {
  const side = mm(Math.max(0, (within - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 60 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

const NO_BORDERS = TableBorders.NONE;

/**
 * The heading block's width: wider than the text, 10 mm into the left margin and 5 mm into the
 * right, as official documents set it, so the national name fits on one line at 13 points.
 */
const HEADING_WIDTH = mm(180);
const HEADING_INDENT = -mm(10);

/** Two cells side by side with no borders: the decree's heading and signature blocks. */
function sideBySide(left: Paragraph[], right: Paragraph[], leftShare: number, wide = false): Table {
  const total = wide ? HEADING_WIDTH : TEXT_WIDTH;
  const leftWidth = Math.round(total * leftShare);
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children: children.length ? children : [new Paragraph('')],
      width: { size: width, type: WidthType.DXA },
      borders: {
        top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      },
    });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    ...(wide ? { indent: { size: HEADING_INDENT, type: WidthType.DXA } } : {}),
    columnWidths: [leftWidth, total - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, total - leftWidth)] })],
  });
}

function heading(annex: Annex): (Paragraph | Table)[] {
  const h = annex.letterhead;
  const left = [
    ...(h.parentBody ? [line(h.parentBody, { size: 13 })] : []),
    line(h.body, { size: 13, bold: true }),
    rule(25, 70),
  ];
  const right = [
    line(annex.words.nation, { size: 13, bold: true }),
    line(annex.words.motto, { size: 14, bold: true }),
    rule(60, 110),
    line(annex.placeDate, { size: 14, italics: true, before: 120 }),
  ];
  return [
    sideBySide(left, right, 70 / 180, true),
    line(annex.words.title, { bold: true, before: 360 }),
    line(annex.words.subtitle, { bold: true }),
    line(annex.campaignTitle, { bold: true }),
    line(annex.attached, { italics: true }),
    rule(30, 165),
    line(annex.basis, { italics: true, size: 13, before: 120, after: 120 }),
  ];
}

function body(annex: Annex): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (annex.sections.length === 0) out.push(line(annex.words.none, { before: 240 }));
  for (const section of annex.sections) {
    out.push(line(section.heading, { bold: true, align: 'left', before: 240, after: 120, keepNext: true }));
    const widths = section.columns.map((c) => Math.round(TEXT_WIDTH * c.share));
    const cell = (
      value: string,
      i: number,
      style: { bold?: boolean; center?: boolean; span?: number } = {},
    ) =>
      new TableCell({
        columnSpan: style.span,
        verticalAlign: VerticalAlign.CENTER,
        width: { size: style.span ? TEXT_WIDTH : (widths[i] as number), type: WidthType.DXA },
        margins: { left: 80, right: 80, top: 40, bottom: 40 },
        children: [
          new Paragraph({
            alignment: style.center ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: [text(value, { bold: style.bold, size: 13 })],
          }),
        ],
      });
    const rows = [
      new TableRow({
        tableHeader: true,
        children: section.columns.map((c, i) => cell(c.header, i, { bold: true, center: true })),
      }),
    ];
    for (const unit of section.units) {
      rows.push(
        new TableRow({ children: [cell(unit.name, 0, { bold: true, span: section.columns.length })] }),
      );
      for (const entry of unit.rows)
        rows.push(
          new TableRow({ cantSplit: true, children: entry.map((v, i) => cell(v, i, { center: i === 0 })) }),
        );
    }
    out.push(
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        rows,
      }),
    );
  }
  out.push(line(annex.total, { align: 'left', before: 240 }));
  return out;
}

function signature(annex: Annex): Table {
  const h = annex.letterhead;
  return sideBySide(
    [],
    [
      line(h.signerFor, { bold: true, size: 14, before: 360 }),
      line(h.signer, { bold: true, size: 14 }),
      line(annex.words.sign, { italics: true, size: 14 }),
      line('', { after: 1200 }),
      line(h.signerName ?? annex.words.dots, { bold: true, size: 14 }),
    ],
    0.45,
  );
}

/**
 * The document's own dates and its zip entries' times, set to the report's: `docx` stamps the
 * moment it ran into both, so without this two runs on the same input would differ. A zip entry's
 * time is local time in the format, and fflate writes it from the date's local fields: the date
 * handed over is shifted so that those fields read the report's moment in UTC, on any machine.
 */
function dated(bytes: Uint8Array, instant: Date): Uint8Array {
  const stamp = instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const mtime = new Date(instant.getTime() + instant.getTimezoneOffset() * 60_000);
  const files: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    const part =
      name === 'docProps/core.xml'
        ? new TextEncoder().encode(
            new TextDecoder()
              .decode(data)
              .replace(
                /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
                `$1${stamp}$2`,
              ),
          )
        : data;
    files[name] = [part, { mtime }];
  }
  return zipSync(files, { level: 6 });
}
