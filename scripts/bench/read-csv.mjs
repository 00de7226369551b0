// The floor for a CSV: csv-parse alone, in its fastest mode (records as arrays), counting rows.
// `node scripts/bench/read-csv.mjs FILE` prints the number of records.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

const parser = createReadStream(process.argv[2]).pipe(parse({ bom: true, relax_column_count: true }));
let rows = 0;
parser.on('data', () => {
  rows++;
});
parser.on('end', () => console.log(rows));
