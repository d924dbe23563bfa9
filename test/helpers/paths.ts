import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = join(ROOT, '..', 'shared');
export const PSA_DIR = join(SHARED, 'conformance', 'psa');
export const CORPUS_DIR = join(SHARED, 'corpus', 'real-world');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
