// The first-character guard on YAML 1.1 scalar patterns (core/yaml/scalar-tags.ts) must resolve
// every plain scalar exactly as the unguarded schema does: compared on every value of up to three
// characters over the characters that matter, and on longer values of each tag.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { YAML_OPTIONS } from '../src/core/yaml/parse.ts';

const PLAIN = { version: '1.1', merge: true } as const;
const ALPHABET = [...'0123456789+-._~<:/abeEfFnNoOtTxXyYzZ', 'ä'];

function resolved(text: string, options: object): string {
  const doc = parseDocument(`v: ${text}\n`, options);
  if (doc.errors.length > 0) return 'error';
  const node = doc.get('v', true) as { tag?: string; value?: unknown } | undefined;
  return `${node?.tag ?? ''}|${typeof node?.value}|${String(node?.value)}`;
}

describe('guarded YAML 1.1 scalar tags', () => {
  it('resolve every value of up to three characters as the schema does', () => {
    const values: string[] = [''];
    for (const a of ALPHABET) {
      values.push(a);
      for (const b of ALPHABET) {
        values.push(a + b);
        for (const c of ALPHABET) values.push(a + b + c);
      }
    }
    const differing = values.filter((v) => !/^[\s#&*!|>'"%@`,[\]{}?:-]/.test(v) || /^[-?:][^\s]/.test(v)).filter((v) => resolved(v, YAML_OPTIONS) !== resolved(v, PLAIN));
    expect(differing).toEqual([]);
  });

  it.each([
    'yes', 'No', 'ON', 'off', 'True', 'FALSE', 'y', 'N', '~', 'null', 'NULL', '0b1010', '0o17', '017', '0x1F', '1_000', '-42', '+7',
    '1.5', '.5', '-.inf', '.NaN', '1e5', 'e5', 'E10', '1.2e-3', '190:20:30', '1:30.5', '2001-12-14', '2001-12-14t21:59:43.10-05:00',
    '<<', 'nginx:1.27', 'registry.example.com/app', 'RuntimeDefault', 'ALL', 'émoji', 'true-ish', 'offline', 'nope',
  ])('%s resolves as the schema resolves it', (value) => {
    expect(resolved(value, YAML_OPTIONS)).toBe(resolved(value, PLAIN));
  });
});
