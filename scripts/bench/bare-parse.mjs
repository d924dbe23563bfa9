// The baseline every ratio is measured against: read the files and `yaml.parseAllDocuments` each,
// with the same Node and the same `yaml` package, and nothing else (plain JavaScript, so that the
// baseline does not pay for loading Node's type stripper either).
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

for (const file of process.argv.slice(2)) parseAllDocuments(readFileSync(file, 'utf8'));
