// Unified diffs of fixed and generated files, in git's format, so `git apply` takes them.
import { createTwoFilesPatch } from 'diff';
import type { ChangedFile } from './engine.ts';

export function unifiedDiff(files: readonly ChangedFile[]): string {
  return files
    .map((f) => {
      const created = f.before === undefined;
      const patch = createTwoFilesPatch(created ? '/dev/null' : `a/${f.path}`, `b/${f.path}`, f.before ?? '', f.after, undefined, undefined, { context: 3 });
      // jsdiff may start with "Index:" and "====" lines; git's format starts at "---".
      const body = patch.slice(patch.indexOf('--- '));
      return `diff --git a/${f.path} b/${f.path}\n${created ? 'new file mode 100644\n' : ''}${body}${body.endsWith('\n') ? '' : '\n'}`;
    })
    .join('');
}
