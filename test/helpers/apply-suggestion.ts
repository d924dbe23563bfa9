// Accepting a GitHub suggested change, as GitHub does it: the tests apply every suggestion podarmor
// posts or prints and check the result.
import type { Suggestion } from '../../src/review/suggestion.ts';

/** Applies a suggestion to a file as GitHub does when it is accepted. */
export function applySuggestion(text: string, s: Suggestion): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split('\n');
  const trailing = text.endsWith('\n');
  if (trailing) lines.pop();
  const replacement = s.deletes ? [] : s.content.split('\n').map((l) => (eol === '\r\n' ? `${l}\r` : l));
  lines.splice(s.startLine - 1, s.endLine - s.startLine + 1, ...replacement);
  return lines.join('\n') + (trailing ? '\n' : '');
}
