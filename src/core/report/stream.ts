// Reports written a piece at a time: a large scan's output is never one string in memory, and each
// finding becomes text only when it is written.

export type Write = (text: string) => void;

/** Gathers small pieces into chunks of about `size` characters before passing them on; call the
 * returned `flush` at the end. */
export function chunked(write: Write, size = 1 << 16): { write: Write; flush: () => void } {
  let pending: string[] = [];
  let length = 0;
  const flush = () => {
    if (length === 0) return;
    write(pending.join(''));
    pending = [];
    length = 0;
  };
  return {
    write: (text) => {
      pending.push(text);
      length += text.length;
      if (length >= size) flush();
    },
    flush,
  };
}

/** Everything `writer` writes, as one string (for callers that want the whole report). */
export function collect(writer: (write: Write) => void): string {
  const parts: string[] = [];
  writer((t) => parts.push(t));
  return parts.join('');
}

const MARKER = '\u0000items\u0000';
const MARKER_JSON = JSON.stringify(MARKER);

/**
 * Writes exactly `JSON.stringify(shell, null, 2)` where the value at `MARKER` (see `itemsSlot`) is
 * the array of `items` mapped through `toJson` — one item stringified at a time.
 */
export function writeJsonWithItems<T>(shell: unknown, items: readonly T[], toJson: (item: T) => unknown, write: Write): void {
  const text = JSON.stringify(shell, null, 2);
  const at = text.indexOf(MARKER_JSON);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const pad = ' '.repeat(text.slice(lineStart).search(/\S/));
  write(text.slice(0, at));
  if (items.length === 0) write('[]');
  else {
    const itemPad = `\n${pad}  `;
    write('[');
    items.forEach((item, i) => write(`${i ? ',' : ''}${itemPad}${JSON.stringify(toJson(item), null, 2).replaceAll('\n', itemPad)}`));
    write(`\n${pad}]`);
  }
  write(text.slice(at + MARKER_JSON.length));
  write('\n');
}

/** The placeholder for the array `writeJsonWithItems` streams. */
export const itemsSlot = MARKER as unknown as never[];
