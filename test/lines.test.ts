// The line and offset helpers every layer uses (fix rendering, suggestions, parse messages).
import { describe, expect, it } from 'vitest';
import { columnOf, lineAndColumn, lineCount, lineEndAfter, lineStartOf, nextLineStart } from '../src/core/lines.ts';

const TEXT = 'a: 1\nbb: 2\r\n\nc: 3'; // offsets: "a: 1\n" 0-4, "bb: 2\r\n" 5-11, "\n" 12, "c: 3" 13-16

describe('line helpers', () => {
  it.each([
    // offset, lineStartOf, nextLineStart, line, column (1-based)
    [0, 0, 5, 1, 1],
    [3, 0, 5, 1, 4],
    [4, 0, 5, 1, 5], // the '\n' itself belongs to its line
    [5, 5, 12, 2, 1],
    [10, 5, 12, 2, 6], // '\r' is content
    [12, 12, 13, 3, 1], // an empty line
    [15, 13, 17, 4, 3], // last line without '\n'
  ])('offset %i', (offset, start, next, line, column) => {
    expect(lineStartOf(TEXT, offset)).toBe(start);
    expect(nextLineStart(TEXT, offset)).toBe(next);
    expect(columnOf(TEXT, offset)).toBe(column - 1);
    expect(lineAndColumn(TEXT, offset)).toEqual({ line, column });
  });

  it.each([
    [4, 5], // content "a: 1" ends at 4: its line ends after the '\n'
    [5, 5], // content ending with the '\n' stops right there
    [0, 5], // nothing before: the first line
    [17, 17], // the end of a text without a final '\n'
  ])('lineEndAfter(%i) = %i', (end, expected) => {
    expect(lineEndAfter(TEXT, end)).toBe(expected);
  });

  it.each([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\nb', 2],
    ['a\n\n', 2],
  ])('lineCount(%j) = %i', (text, expected) => {
    expect(lineCount(text)).toBe(expected);
  });
});
