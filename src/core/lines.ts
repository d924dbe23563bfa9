// Lines of a text and offsets into it: the one place that knows a line ends at '\n' (a '\r' before
// it stays part of the line's content).

/** Offset of the first character of the line that holds `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the '\n' that ends the line holding `offset` (the text's length on a last line without one). */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Offset just after the line that holds the character before `end` (the exclusive end of some
 * content): where whole lines that end with that content stop. */
export function lineEndAfter(text: string, end: number): number {
  return nextLineStart(text, end - 1);
}

/** 0-based column of `offset` in its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** 1-based line and column of `offset`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: columnOf(text, offset) + 1 };
}

/** How many lines the text has; a final '\n' ends the last line rather than starting a new one. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
