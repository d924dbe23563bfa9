// Documents for the direct composer's differential test: manifests mutated where YAML is subtle
// (comments at every indentation, blank lines, empty values, quoting, block scalars, flow
// collections, keys that are not plain), and documents generated from a small grammar of nested
// maps and sequences in every layout. Most are valid YAML; many are not, and must be given up on.
import { randomSource } from './yaml-differential.ts';

type Random = ReturnType<typeof randomSource>;

/** Values that exercise scalar resolution, quoting, flow and block syntax, and errors. */
export const TRICKY_VALUES = [
  'yes', 'no', 'on', 'Off', 'Y', 'n', '0x1F', '012', '0o17', '1e3', '.5', '~', 'null', '2001-12-14', '2001-12-14t21:59:43.10-05:00',
  '-1', '+1', '1_000', '0b101', '.inf', '-.inf', '.NaN', '12:30', '190:20:30', '"quoted"', "'single ''q'''", '"esc \\" \\\\ \\n"',
  '"\\x41"', '"\\u0041"', '[a, b]', '{a: 1}', '[ ]', '{ }', '[]', '{}', '[a, [b, c]]', '{a: [1, 2], b: {c: d}}', '1:2', 'a#b',
  'a #b', '-x', '- x', ':x', '?x', 'http://x:80', '[a,b]', '{a:1}', '[a, b,]', "'", '"', '""', "''", '@x', '%x', '!x', '&a x',
  '*a', '|', '>', 'a: b', '[a: b]', '{a}', '{a: }', '{"a":1}', '{ a : 1 }', '[ a , b ]', 'x y z', 'x  ', '"a"  # c', '[a] # c',
  '{a: b} #c', '-', '=', '<<', '1.0', 'e5', 'tRue', 'TRUE', '-0', '00', '[a, "b, c"]', "['a''b']", '"a\\ b"', '[-1, -x]',
  '{-a: -b}', '- - x', '|\n  line1\n  line2', '>\n  a\n  b\n\n  c', '|-\n  x\n\n   y\n  z', 'first\n  second', 'a\n\n  b',
  '|+\n  k\n\n', '|2\n  x', '>-\n  a\n    b\n  c', '|\n\n   x\n  y', '|\n  x\n   \n', '>\n  # not a comment\n  x', '|\n  x\n # c',
  '{"a":1}', '{"a":"b","c":[1,{"d":null}]}', '["x",{"y":-1}]', '{"a" :1}', "{'a':1}", '{"a":}', '{"a":,}', '{"a":[]}', '{"a":"b" }',
  '|\n  a\n b', 'x\n  y # c\n  z', 'x\n  - y', 'x\n  y: z', 'x\n  "y"', 'x\n#c\n  y', '"a\n  b"', '|\n    deep\n  shallow',
];

/** `doc` with one to three random edits, as one `---` document of a stream. */
export function mutatedDocument(doc: string, random: Random): string {
  const lines = doc.split('\n');
  const edits = 1 + Math.floor(random.next() * 3);
  for (let k = 0; k < edits; k++) {
    const i = Math.floor(random.next() * lines.length);
    const line = lines[i]!;
    switch (Math.floor(random.next() * 10)) {
      case 0: lines.splice(i, 0, ' '.repeat(Math.floor(random.next() * 9)) + '# note'); break;
      case 1: lines.splice(i, 0, random.pick(['', ' ', '   '])); break;
      case 2: lines[i] = line + random.pick([' # x', '  #y', '#z', '   ']); break;
      case 3:
      case 4: {
        const m = /^(\s*(?:- )?[^:#]+:)( .*)?$/.exec(line);
        if (!m) break;
        const indent = /^\s*(?:- )?/.exec(line)![0].length;
        const value = random.pick(TRICKY_VALUES).replace(/\n/g, '\n' + ' '.repeat(indent));
        lines[i] = random.next() < 0.2 ? `${m[1]}\n${' '.repeat(indent + 2)}${value}` : `${m[1]} ${value}`;
        break;
      }
      case 5: lines[i] = random.pick(['', ' ', '  ']) + line.replace(/^ {0,2}/, ''); break;
      case 6: lines[i] = line.replace(': ', ':'); break;
      case 7: lines.splice(i, 0, line); break;
      case 8: lines[i] = line.replace(/^(\s*(?:- )?)([\w.-]+):/, (_, lead: string, key: string) => lead + random.pick([`"${key}"`, `'${key}'`, '<<', `? ${key}`, `${key} `, 'yes', '1']) + ':'); break;
      case 9: lines[i] = line.replace(/^(\s*)/, '$1- '); break;
    }
  }
  return random.pick(['', '---\n', '--- # note\n', '# lead\n', '\n']) + lines.join('\n') + random.pick(['\n', '', '\n\n', '\n# end\n', '\n  # end\n']);
}

const GRAMMAR_SCALARS = ['{"k":"v","n":[1,{"m":null}]}', '["a",1]', 'a', 'b c', 'yes', '1', '-1', '0x1F', '1.5', '~', '', '"q"', "'s'", '"e\\"x"', "'it''s'", 'x#y', 'http://a:1', 'on', '[]', '{}', '[a, b]', '{k: v}', '[1, [2, 3]]', '|\n x\n y', '>\n x\n\n y', '|-\n x', 'multi\n line', '&a x', '*a', '!!str x', '? x', '- x', 'a: b'];
const GRAMMAR_KEYS = ['a', 'b', 'name', '"q k"', "'s'", 'yes', '1', 'a b', 'x-y', 'dup', 'dup'];

/** A document from a small grammar: maps and sequences nested up to four deep, in block or
 * compact layout, at varying indentation, with comments and blank lines between entries. */
export function generatedDocument(random: Random): string {
  const between = (indent: number) => {
    let s = '';
    while (random.next() < 0.15) {
      const r = random.next();
      s += r < 0.5 ? ' '.repeat(Math.max(0, indent + Math.floor(random.next() * 5) - 2)) + '# note\n' : r < 0.8 ? '\n' : '   \n';
    }
    return s;
  };
  const after = () => random.pick(['', '', '', '', '', '', '', '', ' # c', '  ']);
  const scalar = (indent: number) => random.pick(GRAMMAR_SCALARS).replace(/\n/g, '\n' + ' '.repeat(indent + 1 + Math.floor(random.next() * 2)));
  type Value = { inline: string } | { block: (indent: number) => string };
  const value = (depth: number, indent: number): Value => {
    if (depth > 3 || random.next() < 0.45) return { inline: scalar(indent) };
    const isMap = random.next() < 0.5;
    const n = 1 + Math.floor(random.next() * 3);
    return {
      block: (at) => {
        let s = '';
        for (let k = 0; k < n; k++) s += (k === 0 ? '' : between(at) + ' '.repeat(at)) + entry(isMap ? random.pick(GRAMMAR_KEYS) + ':' : '-', depth, at);
        return s;
      },
    };
  };
  const entry = (lead: string, depth: number, indent: number): string => {
    const v = value(depth + 1, indent);
    if ('inline' in v) return lead + (v.inline === '' ? '' : ' ' + v.inline) + after() + '\n';
    const r = random.next();
    if (lead === '-' && r < 0.4) return '- ' + v.block(indent + 2);
    const nested = indent + (lead !== '-' && r < 0.3 ? 0 : 1 + Math.floor(random.next() * 3));
    return lead + after() + '\n' + between(nested) + ' '.repeat(nested) + v.block(nested);
  };
  const body = random.next() < 0.8 ? 'apiVersion: v1\nkind: Pod\nspec:\n  ' + entry('containers:', 0, 2) : entry(random.pick(GRAMMAR_KEYS) + ':', 0, 0);
  return random.pick(['', '---\n', '# lead\n', '\n', '--- # x\n']) + body + random.pick(['', '\n', '# end\n', '  # e\n', '\n\n']);
}
