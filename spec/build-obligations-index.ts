// Generates obligations-index.json from the obligations catalogue, once, so coverage reports can
// name every obligation without the catalogue being part of the repository.
//   node src/report/build-obligations-index.ts <path to the obligations catalogue> [output]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseObligationsCatalogue } from './parse-obligations-catalogue.ts';

const [catalogue, output = new URL('./obligations-index.json', import.meta.url).pathname] = process.argv.slice(2);
if (!catalogue) {
  process.stderr.write('usage: node src/report/build-obligations-index.ts <obligations catalogue .md> [output .json]\n');
  process.exit(2);
}
const rows = parseObligationsCatalogue(readFileSync(catalogue, 'utf8'));
const ids = new Set<string>();
for (const row of rows) {
  if (ids.has(row.id)) throw new Error(`obligation ${row.id} appears twice in the catalogue`);
  ids.add(row.id);
}
writeFileSync(output, `${JSON.stringify({ source: 'obligations catalogue', count: rows.length, obligations: rows }, null, 2)}\n`);
process.stdout.write(`${rows.length} obligations written to ${output}\n`);
