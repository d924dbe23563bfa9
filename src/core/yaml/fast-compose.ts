// A direct composer for the YAML that manifests are made of: block maps and sequences, plain,
// quoted and block scalars, and one-line flow collections. It builds the same `yaml` nodes, with the
// same ranges, values and scalar types, that `yaml`'s lexer, parser and composer build, in one pass
// over the characters and without tokens. Anything else (anchors, tags, merge keys, duplicate keys,
// tabs, multi-line quoted scalars, comments in places whose effect on ranges it does not follow, and
// every error) makes it give up, and the document is parsed by `yaml` as before: it never reports an
// error and never guesses. test/fast-compose.test.ts holds it to `yaml`'s result on every fixture, the
// real-world corpus and thousands of generated and mutated documents.
import { Document, isScalar, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { COLON, DASH, DOUBLE_QUOTE, HASH, INDICATOR, NEWLINE, ScalarComposer, SINGLE_QUOTE, SPACE, UNSUPPORTED, foldBlockScalar, type FastComposeOptions, type Node } from './direct-scalars.ts';

export type { FastComposeOptions } from './direct-scalars.ts';

/** The document at `text[start, end)` (a `---` span), or undefined when it is outside the subset.
 * A fault of the composer itself is no user's problem: the document then goes to `yaml` too. */
export function composeSimpleDocument(text: string, start: number, end: number, options: FastComposeOptions): Document.Parsed | undefined {
  try {
    return composeOrThrow(text, start, end, options);
  } catch {
    return undefined;
  }
}

/** As composeSimpleDocument, but a fault of the composer throws: for the tests. */
export function composeOrThrow(text: string, start: number, end: number, options: FastComposeOptions): Document.Parsed | undefined {
  // Tabs and carriage returns change indentation and line ends; a BOM inside a stream is an error.
  if (/[\t\r\uFEFF]/.test(text.slice(start, end))) return undefined;
  try {
    return new DirectComposer(text, end, options).document(start);
  } catch (err) {
    if (err === UNSUPPORTED) return undefined;
    throw err;
  }
}

class DirectComposer extends ScalarComposer {
  // The current content line: where it starts, its first non-space character, its indentation.
  #lineStart = 0;
  #pos = 0;
  #indent = 0;
  #eof = false;
  /** The comment lines just passed, as pairs: indentation, and the offset after the line. */
  readonly #comments: number[] = [];

  document(start: number): Document.Parsed {
    const text = this.text;
    let from = start;
    const marker = text.startsWith('---', start) && (start + 3 === this.end || text.charCodeAt(start + 3) === SPACE || text.charCodeAt(start + 3) === NEWLINE);
    if (marker) {
      const eol = this.lineEnd(start);
      const rest = this.skipSpaces(start + 3, eol);
      if (rest !== eol && !(text.charCodeAt(rest) === HASH && rest > start + 3)) throw UNSUPPORTED;
      from = eol + 1;
    }
    this.#nextContentLine(from);
    if (this.#eof || this.#commentDeeperThan(this.#indent)) throw UNSUPPORTED;
    const offset = marker ? start : this.#lineStart;
    const contents = this.#blockNode(-1);
    // A scalar document is `yaml`'s to compose.
    if (!this.#eof || isScalar(contents)) throw UNSUPPORTED;
    // A document that ends in an empty value ends there for `yaml`, not after the blank lines.
    const contentsEnd = contents.range![2];
    if (contentsEnd !== this.end && text.charCodeAt(contentsEnd - 1) !== NEWLINE) throw UNSUPPORTED;
    const doc = new Document(undefined, this.options) as Document.Parsed;
    if (marker) doc.directives.docStart = true;
    doc.contents = contents as Document.Parsed['contents'];
    doc.range = [offset, contentsEnd, this.end];
    return doc;
  }

  /** Moves to the next line with content, past blank and comment lines, and keeps those comments
   * (#comments) for the value and the collections before them. */
  #nextContentLine(from: number): void {
    const text = this.text;
    const comments = this.#comments;
    comments.length = 0;
    let p = from;
    for (; p < this.end; ) {
      const q = this.skipSpaces(p, this.end);
      const eol = this.lineEnd(q);
      if (q !== eol && text.charCodeAt(q) !== HASH) break;
      if (q !== eol) comments.push(q - p, eol < this.end ? eol + 1 : eol);
      p = eol + 1;
    }
    this.#eof = p >= this.end;
    if (this.#eof) {
      this.#indent = -1;
      this.#pos = this.end;
    } else {
      this.#lineStart = p;
      this.#pos = this.skipSpaces(p, this.end);
      this.#indent = this.#pos - p;
      this.eol = this.lineEnd(this.#pos);
    }
  }

  /** Whether a comment line just passed is deeper than `indent`. */
  #commentDeeperThan(indent: number): boolean {
    for (let i = 0; i < this.#comments.length; i += 2) if (this.#comments[i]! > indent) return true;
    return false;
  }

  /** Where `yaml` ends a collection at `indent` that ends before the current line: the comment
   * lines before that line stay with the deepest collection they are not shallower than (then
   * its range runs to the next line's content); a collection at column 0 passes them on. */
  #endCollection(indent: number, end: number): number {
    const comments = this.#comments;
    if (indent === 0 || comments.length === 0) return end;
    for (let i = 0; i < comments.length; i += 2) {
      if (comments[i]! >= indent) {
        comments.length = 0;
        return this.#pos;
      }
    }
    return end;
  }

  #isDash(p: number): boolean {
    return this.text.charCodeAt(p) === DASH && (p + 1 === this.eol || this.text.charCodeAt(p + 1) === SPACE);
  }

  /** The node that starts on the current line: a block collection, or a value on its own line. */
  #blockNode(parentIndent: number): Node {
    if (this.#isDash(this.#pos)) return this.#blockSeq(this.#indent);
    if (this.#keyEnd(this.#pos) !== -1) return this.#blockMap(this.#indent, this.#pos);
    return this.#inlineValue(this.#pos, parentIndent);
  }

  #blockSeq(indent: number): YAMLSeq {
    const seq = new YAMLSeq(this.schema);
    const start = this.#pos;
    let end = start;
    for (;;) {
      const content = this.skipSpaces(this.#pos + 1, this.eol);
      let item: Node;
      if (content === this.eol || this.text.charCodeAt(content) === HASH) item = this.#valueOnLinesBelow(content, indent, false);
      else if (this.#isDash(content)) throw UNSUPPORTED;
      else if (this.#keyEnd(content) !== -1) item = this.#blockMap(content - this.#lineStart, content);
      else item = this.#inlineValue(content, indent);
      seq.items.push(item);
      end = item.range![2];
      if (this.#eof || this.#indent < indent) break;
      if (this.#indent > indent) throw UNSUPPORTED;
      // A line at this indentation that is not an item ends a sequence that is a map's value
      // (`key:` then `- item` at the key's column); the map checks that it is its next key.
      if (!this.#isDash(this.#pos)) break;
      // Comments before the next item are its own.
      this.#comments.length = 0;
    }
    seq.range = [start, end, this.#endCollection(indent, end)];
    return seq;
  }

  #blockMap(indent: number, first: number): YAMLMap {
    const map = new YAMLMap(this.schema);
    let p = first;
    let end = first;
    for (;;) {
      const keyEnd = this.#keyEnd(p);
      if (keyEnd === -1) throw UNSUPPORTED;
      const key = this.#keyScalar(p, keyEnd);
      const value = this.#valueAfterIndicator(keyEnd + 1, indent, true);
      this.addPair(map, key, value);
      end = value.range![2];
      if (this.#eof || this.#indent < indent) break;
      if (this.#indent > indent || this.#isDash(this.#pos)) throw UNSUPPORTED;
      this.#comments.length = 0;
      p = this.#pos;
    }
    map.range = [first, end, this.#endCollection(indent, end)];
    return map;
  }

  /** Where the `:` of an implicit key starting at `p` on the current line is, or -1 if none. */
  #keyEnd(p: number): number {
    const text = this.text;
    const c = text.charCodeAt(p);
    let after: number;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) after = this.quoteEnd(p, this.eol);
    else if (c < 128 && INDICATOR[c] === 1) return -1;
    else {
      for (let i = p; i < this.eol; i++) {
        const ch = text.charCodeAt(i);
        if (ch === COLON && (i + 1 === this.eol || text.charCodeAt(i + 1) === SPACE)) {
          // A space before the `:` or a key over 1024 characters is what `yaml` treats specially.
          if (text.charCodeAt(i - 1) === SPACE || i - p > 1000) throw UNSUPPORTED;
          return i;
        }
        if (ch === HASH && text.charCodeAt(i - 1) === SPACE) return -1;
      }
      return -1;
    }
    return text.charCodeAt(after) === COLON && (after + 1 === this.eol || text.charCodeAt(after + 1) === SPACE) ? after : -1;
  }

  #keyScalar(p: number, keyEnd: number): Scalar {
    const c = this.text.charCodeAt(p);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return this.quotedScalar(p, keyEnd, [p, keyEnd, keyEnd]);
    const source = this.text.slice(p, keyEnd);
    if (source === '<<') throw UNSUPPORTED;
    return this.plainScalar(source, [p, keyEnd, keyEnd]);
  }

  /** The value after a `:` or `-` indicator that ends at `q`. */
  #valueAfterIndicator(q: number, parentIndent: number, mapValue: boolean): Node {
    const content = this.skipSpaces(q, this.eol);
    if (content === this.eol || this.text.charCodeAt(content) === HASH) return this.#valueOnLinesBelow(content, parentIndent, mapValue);
    return this.#inlineValue(content, parentIndent);
  }

  /** The value of an indicator with nothing after it on its line: a block collection on the lines
   * below, or an empty (null) scalar placed after the indicator and its spaces. */
  #valueOnLinesBelow(emptyAt: number, parentIndent: number, mapValue: boolean): Node {
    this.#nextContentLine(this.eol + 1);
    if (this.#commentDeeperThan(Math.max(this.#indent, 0))) throw UNSUPPORTED;
    if (!this.#eof && this.#indent > parentIndent) return this.#blockNode(parentIndent);
    if (mapValue && !this.#eof && this.#indent === parentIndent && this.#isDash(this.#pos)) return this.#blockSeq(parentIndent);
    // `yaml` widens an empty value's range, or its map's, over comments, blank lines and, after a
    // `-`, the next line's indentation: only an empty map value right before its next line is here.
    if (!mapValue || this.text.charCodeAt(emptyAt) === HASH || this.#comments.length > 0) throw UNSUPPORTED;
    if (!this.#eof && this.#lineStart !== this.lineEnd(emptyAt) + 1) throw UNSUPPORTED;
    return this.plainScalar('', [emptyAt, emptyAt, emptyAt]);
  }

  /** A scalar or flow collection that starts at `p` and ends its line (but for a comment); a plain
   * scalar may go on over deeper lines. */
  #inlineValue(p: number, parentIndent: number): Node {
    const text = this.text;
    let eol = this.eol;
    const c = text.charCodeAt(p);
    let valueEnd: number;
    let node: Node;
    if (c === 124 || c === 62) return this.#blockScalar(p, parentIndent);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      valueEnd = this.quoteEnd(p, eol);
      node = this.quotedScalar(p, valueEnd, [p, valueEnd, valueEnd]);
    } else if (c === 91 || c === 123) {
      node = this.flowCollection(p);
      valueEnd = node.range![1];
    } else {
      if (!this.plainStart(p, c, false)) throw UNSUPPORTED;
      valueEnd = this.plainLineEnd(p + 1, eol);
      let source = text.slice(p, valueEnd);
      // Deeper lines continue the scalar, folded: one line break is a space, and each blank line
      // between is a line break. A comment ends it.
      while (!this.commentAt) {
        let next = eol + 1;
        let blankLines = 0;
        let q = next;
        for (; next < this.end; next = this.lineEnd(q) + 1, blankLines++) {
          q = this.skipSpaces(next, this.end);
          if (q !== this.lineEnd(q)) break;
        }
        // A comment line ends the scalar; a shallower line ends it and its collection item.
        if (next >= this.end || q - next <= parentIndent || text.charCodeAt(q) === HASH) break;
        const first = text.charCodeAt(q);
        if (first < 128 && INDICATOR[first] === 1) throw UNSUPPORTED;
        eol = this.lineEnd(q);
        valueEnd = this.plainLineEnd(q, eol);
        source += (blankLines === 0 ? ' ' : '\n'.repeat(blankLines)) + text.slice(q, valueEnd);
      }
      node = this.plainScalar(source, [p, valueEnd, valueEnd]);
    }
    const rest = this.skipSpaces(valueEnd, eol);
    if (rest !== eol && !(text.charCodeAt(rest) === HASH && rest > valueEnd)) throw UNSUPPORTED;
    // The node's range runs to the end of its line, comment and line break included.
    const range = node.range!;
    range[2] = eol < this.end ? eol + 1 : eol;
    this.#nextContentLine(eol + 1);
    // A deeper line after a value is an error (or something this composer leaves to `yaml`).
    if (!this.#eof && this.#indent > parentIndent) throw UNSUPPORTED;
    // Comment lines right after it that are deeper than its collection are the value's own.
    const comments = this.#comments;
    let own = 0;
    while (own < comments.length && comments[own]! > parentIndent) {
      range[2] = comments[own + 1]!;
      own += 2;
    }
    comments.splice(0, own);
    return node;
  }

  /** A `|` or `>` block scalar (clipped or stripped, its indentation read from its first line). Its
   * value is made as `yaml` makes it; its range ends after its last non-empty line. */
  #blockScalar(p: number, parentIndent: number): Scalar {
    const text = this.text;
    const folded = text.charCodeAt(p) === 62;
    let h = p + 1;
    const strip = text.charCodeAt(h) === DASH;
    if (strip) h++;
    const rest = this.skipSpaces(h, this.eol);
    if (rest !== this.eol && !(text.charCodeAt(rest) === HASH && rest > h)) throw UNSUPPORTED;
    // Each line as [indentation, content start, content end]; a blank line has no content.
    const lines: Array<[number, number, number]> = [];
    let contentIndent = -1;
    let first = -1;
    let last = -1;
    let end = -1;
    for (let lineStart = this.eol + 1; lineStart < this.end; ) {
      const q = this.skipSpaces(lineStart, this.end);
      const eol = this.lineEnd(q);
      const indent = q - lineStart;
      if (q !== eol) {
        if (contentIndent === -1) {
          if (indent <= parentIndent) break;
          contentIndent = indent;
          first = lines.length;
        }
        if (indent < contentIndent) {
          if (indent > parentIndent) throw UNSUPPORTED;
          break;
        }
        last = lines.length;
        end = eol < this.end ? eol + 1 : eol;
      }
      lines.push([indent, q, eol]);
      lineStart = eol + 1;
    }
    if (last === -1) throw UNSUPPORTED;
    const value = foldBlockScalar(text, lines, contentIndent, first, last, folded) + (strip ? '' : '\n');
    const scalar = this.scalar(this.stringTag, value, folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL, [p, end, end]);
    this.#nextContentLine(end);
    return scalar;
  }

}
