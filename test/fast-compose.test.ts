// The direct composer (src/core/yaml/fast-compose.ts) builds most manifest documents without
// `yaml`'s lexer and parser. Every document it composes must equal `yaml`'s, node by node and range
// by range, and everything it does not handle must go to `yaml`: checked on every YAML file of the
// tests, the Pod Security fixtures and the real-world corpus, on thousands of mutated and generated
// documents, on every short plain scalar, and on the fixtures in test/fixtures/fast-compose.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateManifests } from '../scripts/bench/generate.ts';
import { parseManifest } from '../src/core/yaml/parse.ts';
import { compareDocuments, newDifferential, randomSource } from './helpers/yaml-differential.ts';
import { generatedDocument, mutatedDocument } from './helpers/yaml-generators.ts';
import { CORPUS_DIR, FIXTURES, PSA_DIR } from './helpers/paths.ts';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const read = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');

describe('the direct composer against yaml', () => {
  it.each([
    ['the test fixtures', FIXTURES, 0.9],
    ['the Pod Security Admission fixtures', PSA_DIR, 0.99],
  ])('composes the documents of %s as yaml does', (_, dir, directShare) => {
    const result = newDifferential();
    for (const path of yamlFiles(dir)) compareDocuments(read(path), path, result);
    expect(result.differences).toEqual([]);
    // Most documents take the direct path: if it stopped handling them, scans would be slow again.
    expect(result.direct / (result.direct + result.gaveUp)).toBeGreaterThan(directShare);
  });

  it('composes every document of the real-world corpus a scan reads as yaml does, directly', () => {
    const result = newDifferential();
    for (const path of yamlFiles(CORPUS_DIR)) compareDocuments(read(path), path, result);
    expect(result.differences).toEqual([]);
    // Left to yaml: CustomResourceDefinitions (multi-line descriptions; scans never parse them)
    // and the empty documents of a `---` line after another.
    expect(result.gaveUpKinds.filter((kind) => kind !== 'CustomResourceDefinition' && kind !== '')).toEqual([]);
    expect(result.direct).toBeGreaterThan(150);
  });

  it('composes every document of the benchmark corpus directly', () => {
    const result = newDifferential();
    compareDocuments(generateManifests(300), 'generated', result);
    expect(result.differences).toEqual([]);
    expect(result.gaveUp).toBe(0);
    expect(result.direct).toBeGreaterThan(200);
  });

  it('composes mutated manifests as yaml does, or gives up', () => {
    const random = randomSource(15);
    const sources = [...yamlFiles(join(FIXTURES, 'rules')), ...yamlFiles(CORPUS_DIR)].map(read);
    const documents = sources.flatMap((text) => text.split(/^---[ \t]*$/m)).map((d) => d.trim()).filter((d) => d.length > 0 && d.length < 3000);
    const result = newDifferential();
    for (let i = 0; i < 6000; i++) compareDocuments(mutatedDocument(random.pick(documents), random), `mutation ${i}`, result);
    expect(result.differences.slice(0, 3)).toEqual([]);
    expect(result.direct).toBeGreaterThan(1000);
    expect(result.gaveUp).toBeGreaterThan(1000);
  });

  it('composes generated documents of every layout as yaml does, or gives up', () => {
    const random = randomSource(42);
    const result = newDifferential();
    for (let i = 0; i < 6000; i++) compareDocuments(generatedDocument(random), `generated ${i}`, result);
    expect(result.differences.slice(0, 3)).toEqual([]);
    expect(result.direct).toBeGreaterThan(1000);
    expect(result.gaveUp).toBeGreaterThan(1000);
  });

  it('resolves every plain scalar of up to three characters as yaml does', () => {
    const alphabet = [...'0123456789+-._~<:/#abeEfFnNoOtTxXyYzZ ', 'ä'];
    const result = newDifferential();
    const values = alphabet.flatMap((a) => alphabet.flatMap((b) => alphabet.map((c) => a + b + c)));
    for (const value of [...alphabet, ...values]) compareDocuments(`key: ${value}\nlist: [${value}]\n`, JSON.stringify(value), result);
    expect(result.differences.slice(0, 3)).toEqual([]);
    expect(result.direct).toBeGreaterThan(values.length / 2);
  });

  it('composes JSON documents, as fix writes the policies it evaluates before placing them, as yaml does', () => {
    const result = newDifferential();
    for (const path of yamlFiles(CORPUS_DIR)) {
      const values = parseAllDocuments(read(path)).map((doc) => doc.toJS() as unknown).filter((value) => value !== null);
      compareDocuments(values.map((value) => JSON.stringify(value)).join('\n---\n'), path, result);
    }
    expect(result.differences.slice(0, 3)).toEqual([]);
    expect(result.gaveUp).toBe(0);
    expect(result.direct).toBeGreaterThan(200);
  });

  it('composes a map of many keys, and gives up on a duplicate anywhere in it', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `  key-${i}: value ${i}\n`);
    const big = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n${keys.join('')}`;
    const result = newDifferential();
    compareDocuments(big, 'big', result);
    compareDocuments(`${big}  key-1500: again\n`, 'duplicate at the end', result);
    compareDocuments(big.replace('  key-3: value 3\n', '  key-1999: early\n'), 'duplicate early', result);
    expect(result).toMatchObject({ direct: 1, gaveUp: 2, differences: [] });
  });
});

describe('what the direct composer leaves to yaml', () => {
  const dir = join(FIXTURES, 'fast-compose');
  it.each(readdirSync(dir).map((name) => [name]))('%s', (name) => {
    const text = read(join(dir, name));
    const result = newDifferential();
    compareDocuments(text, name, result);
    expect(result.differences).toEqual([]);
    // direct-*.yaml: every document composed directly; yaml-*.yaml: every one left to yaml.
    if (name.startsWith('direct-')) expect(result).toMatchObject({ gaveUp: 0, direct: text.split(/^---$/m).filter((d) => /\S/.test(d.replace(/#.*$/gm, ''))).length });
    else expect(result).toMatchObject({ direct: 0, gaveUp: 1 });
  });

  it('reports what yaml reports for a document it gives up on', () => {
    const file = parseManifest('pod.yaml', read(join(dir, 'yaml-duplicate-key.yaml')));
    void file.documents[0]!.doc;
    expect(file.problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([[5, 'duplicate key']]);
    const broken = parseManifest('pod.yaml', read(join(dir, 'yaml-syntax-error.yaml')));
    expect(broken.documents[0]!.broken).toBe(true);
    expect(broken.skipped[0]).toMatchObject({ file: 'pod.yaml', line: 4, error: true });
  });
});
