/**
 * The `exceljs` package in the page: its whole-workbook model (lib/exceljs.bare.js, without
 * the Node-only CSV and streaming parts), and, for the xlsx report, its streaming writer's API
 * on that model: rows and sheets are kept rather than flushed, and the workbook is written as
 * one buffer when committed, as exceljs writes in a browser. Row for row the same workbook; a
 * unit's list is small enough to hold.
 */

import Row from 'exceljs/lib/doc/row.js';
import ExcelJS from 'exceljs/lib/exceljs.bare.js';
import type { Writable } from 'readable-stream';

type Model = InstanceType<typeof ExcelJS.Workbook>;

/** A row of the model has nothing to flush. */
(Row as unknown as { prototype: { commit(): void } }).prototype.commit = () => {};

class WorkbookWriter extends (ExcelJS.Workbook as new () => Model) {
  private readonly out: Writable;

  constructor(options: { stream: Writable; created?: Date }) {
    super();
    this.out = options.stream;
    if (options.created) this.created = options.created;
  }

  override addWorksheet(...args: Parameters<Model['addWorksheet']>): ReturnType<Model['addWorksheet']> {
    const sheet = super.addWorksheet(...args);
    (sheet as unknown as { commit(): void }).commit = () => {};
    return sheet;
  }

  async commit(): Promise<void> {
    const bytes = Buffer.from(await this.xlsx.writeBuffer());
    await new Promise<void>((resolve, reject) => {
      this.out.once('error', reject);
      this.out.once('end', () => resolve());
      this.out.end(bytes);
    });
  }
}

export default { ...ExcelJS, stream: { xlsx: { WorkbookWriter } } };
