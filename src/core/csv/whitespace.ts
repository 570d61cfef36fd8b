/**
 * Reader for whitespace-aligned (fixed-width-looking) text files such as Fader & Hardie's CDNOW data:
 * columns separated by runs of spaces, lines possibly indented, CRLF endings, no quoting. PapaParse takes
 * one fixed delimiter string and cannot split runs of spaces, so these files go through this tokenizer.
 * Streaming: feed text chunks (cut anywhere), get complete rows of string cells back; cells keep their
 * text exactly (IDs like "00001" stay strings).
 */

/** Splits one line into cells on runs of spaces/tabs; [] for a blank line. */
export function splitWhitespaceLine(line: string): string[] {
  const t = line.trim();
  return t === '' ? [] : t.split(/[ \t]+/);
}

/** Streaming tokenizer: `push` chunks, then `end` once; each returns the rows completed so far. */
export class WhitespaceTokenizer {
  private carry = '';
  private started = false;

  push(chunk: string): string[][] {
    let text = this.carry + chunk;
    if (!this.started && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.started = true;
    }
    const cut = text.lastIndexOf('\n');
    if (cut < 0) {
      this.carry = text;
      return [];
    }
    this.carry = text.slice(cut + 1);
    return linesToRows(text.slice(0, cut));
  }

  end(): string[][] {
    const rest = this.carry;
    this.carry = '';
    return linesToRows(rest);
  }
}

function linesToRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    const cells = splitWhitespaceLine(line);
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

/** All rows of a whole text (convenience for tests and small files). */
export function splitWhitespace(text: string): string[][] {
  const t = new WhitespaceTokenizer();
  return [...t.push(text), ...t.end()];
}

/**
 * True when the head of a file looks whitespace-aligned rather than delimited: no comma, semicolon, tab,
 * pipe or quote on its first lines, every line has at least two space-separated cells, and the lines
 * after the first (the data) all have the same number of cells. `headText` may end mid-line.
 */
export function looksWhitespaceAligned(headText: string): boolean {
  const text = headText.charCodeAt(0) === 0xfeff ? headText.slice(1) : headText;
  let lines = text.split('\n');
  if (lines.length > 1 && !/\n$/.test(text)) lines = lines.slice(0, -1);
  lines = lines.map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '').slice(0, 50);
  if (lines.length === 0) return false;
  if (lines.some((l) => /[,;\t|"]/.test(l))) return false;
  const counts = lines.map((l) => splitWhitespaceLine(l).length);
  if (counts.some((c) => c < 2)) return false;
  const data = counts.length > 1 ? counts.slice(1) : counts;
  return data.every((c) => c === data[0]) && counts[0] <= data[0];
}

/**
 * True when the first row is a header: some cell has a letter, and the cell below it (when given) has none.
 * CDNOW_master.txt starts with "customer_id date number_of_cds dollar_value"; CDNOW_sample.txt has no header.
 */
export function hasHeaderRow(first: readonly string[], second?: readonly string[]): boolean {
  const letter = /\p{L}/u;
  return first.some((c, j) => letter.test(c) && (second === undefined || !letter.test(second[j] ?? '')));
}
