// The unified diff of `fix`: what it prints must turn each file into its fixed text (checked with
// jsdiff's patch reader and with `git apply`), in time linear in the files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatch, parsePatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../src/core/fix/diff.ts';

function roundTrip(before: string | undefined, after: string): string | false {
  const [patch] = parsePatch(unifiedDiff([{ path: 'f.yaml', before, after }]));
  return applyPatch(before ?? '', patch!);
}

const base = Array.from({ length: 60 }, (_, i) => `line ${i}\n`).join('');

describe('unifiedDiff', () => {
  it.each([
    ['an insertion', base, base.replace('line 10\n', 'line 10\nnew a\nnew b\n')],
    ['a replacement', base, base.replace('line 30\n', 'changed 30\n')],
    ['a removal', base, base.replace('line 5\nline 6\n', '')],
    ['changes close together and far apart', base, base.replace('line 2\n', 'x\n').replace('line 7\n', 'y\n').replace('line 50\n', 'z\n')],
    ['a change at the start and at the end', base, `first\n${base}last\n`],
    ['a missing final newline', 'a\nb\nc', 'a\nB\nc'],
    ['a final newline added', 'a\nb', 'a\nb\nc\n'],
    ['CRLF lines', 'a\r\nb\r\nc\r\n', 'a\r\nb\r\n  new: 1\r\nc\r\n'],
    ['repeated lines', 'x\nx\nx\ny\nx\nx\n', 'x\nx\nz\nx\ny\nx\nx\nz\n'],
  ])('%s', (_, before, after) => {
    expect(roundTrip(before, after)).toBe(after);
  });

  it('writes a new file as an addition from /dev/null', () => {
    const out = unifiedDiff([{ path: 'p.yaml', before: undefined, after: 'a\nb\n' }]);
    expect(out).toBe('diff --git a/p.yaml b/p.yaml\nnew file mode 100644\n--- /dev/null\n+++ b/p.yaml\n@@ -0,0 +1,2 @@\n+a\n+b\n');
  });

  it('is taken by git apply', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podarmor-diff-'));
    try {
      const before = base;
      const after = base.replace('line 3\n', 'line 3\n  added: true\n').replace('line 40\n', '');
      writeFileSync(join(dir, 'f.yaml'), before);
      writeFileSync(join(dir, 'patch'), unifiedDiff([{ path: 'f.yaml', before, after }, { path: 'new.yaml', before: undefined, after: 'kind: NetworkPolicy\n' }]));
      execFileSync('git', ['apply', 'patch'], { cwd: dir });
      expect(readFileSync(join(dir, 'f.yaml'), 'utf8')).toBe(after);
      expect(readFileSync(join(dir, 'new.yaml'), 'utf8')).toBe('kind: NetworkPolicy\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stays linear: 20,000 edits in a 200,000-line file', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `  key${i % 10}: value\n`);
    const before = lines.join('');
    const after = lines.map((l, i) => (i % 10 === 0 ? `${l}  inserted: ${i}\n` : l)).join('');
    const t = performance.now();
    const patch = unifiedDiff([{ path: 'big.yaml', before, after }]);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(applyPatch(before, parsePatch(patch)[0]!)).toBe(after);
  });
});
