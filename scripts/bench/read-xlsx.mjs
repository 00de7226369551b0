// The floor for an xlsx: exceljs's streaming reader alone, with the options the tool reads with
// (shared strings and styles cached, so dates come out as dates), counting the rows of every sheet.
// `node scripts/bench/read-xlsx.mjs FILE` prints the number of rows.
import ExcelJS from 'exceljs';

const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], {
  worksheets: 'emit',
  sharedStrings: 'cache',
  styles: 'cache',
  hyperlinks: 'ignore',
  entries: 'ignore',
});
let rows = 0;
for await (const sheet of reader) {
  for await (const _row of sheet) rows++;
}
console.log(rows);
