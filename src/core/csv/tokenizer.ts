/**
 * The one CSV tokenizer of LeadLens (batch worker, sniffing and the CLI all use it), written for the files
 * analysts really have rather than for RFC 4180 alone:
 * - line endings are found per record (CRLF, LF and a bare CR may all appear in one file);
 * - every record carries the physical line it starts on, so nothing is lost or renumbered silently;
 * - a quoted field that runs to the end of the file, past MAX_QUOTED_LINES lines, or that closes with
 *   text glued after its closing quote after spanning lines, is a stray quote: the record is reported as
 *   `unclosed_quote` (from its start to the end of the quote's line) and reading resumes on the next line,
 *   so one stray `"` can't swallow the rest of the file.
 * Streaming: push() decoded text pieces, end() at the end; complete records are delivered synchronously.
 * The hot path (a line without quotes or bare CRs) is a single indexOf + split.
 */

export const MAX_QUOTED_LINES = 1000;

export type RecordIssue = 'unclosed_quote';

/** Receives each record: its cells, the physical line it starts on (1-based) and how many lines it spans. */
export type RecordHandler = (cells: string[], line: number, span: number, issue?: RecordIssue) => void;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Result of reading one record in the slow path: next position, or -1 when more text is needed. */
interface Slow { next: number; cells: string[]; breaks: number; issue?: RecordIssue }

export class CsvTokenizer {
  private buf = '';
  private line = 1;
  /** Physical lines seen so far (a last line without a terminator counts at end()). */
  lines = 0;

  constructor(public delimiter: string, private readonly onRecord: RecordHandler) {}

  /** Changes the delimiter for the records not read yet (used after an Excel `sep=` line). */
  setDelimiter(d: string): void {
    this.delimiter = d;
  }

  push(text: string): void {
    if (text.length === 0) return;
    this.buf = this.buf.length > 0 ? this.buf + text : text;
    this.run(false);
  }

  end(): void {
    this.run(true);
    this.buf = '';
  }

  private run(final: boolean): void {
    const s = this.buf;
    const n = s.length;
    let pos = 0;
    let q = -2;
    let cr = -2;
    while (pos < n) {
      if (q !== -1 && q < pos) q = s.indexOf('"', pos);
      if (cr !== -1 && cr < pos) cr = s.indexOf('\r', pos);
      const nl = s.indexOf('\n', pos);
      const end = nl === -1 ? n : nl;
      const lineEnd = nl > pos && cr === nl - 1 ? nl - 1 : end;
      const quoteFree = q === -1 || q >= end;
      const crFree = cr === -1 || cr >= lineEnd;
      if (quoteFree && crFree && (nl !== -1 || final)) {
        // Hot path: one plain line.
        this.onRecord(s.slice(pos, lineEnd).split(this.delimiter), this.line, 1);
        this.line++;
        this.lines++;
        pos = nl === -1 ? n : nl + 1;
        continue;
      }
      if (quoteFree && crFree) break; // an incomplete plain line: wait for more text
      const r = this.slow(s, pos, final);
      if (r.next < 0) break;
      const span = r.breaks + (r.next >= n && !endsWithBreak(s, r.next) ? 1 : 0);
      this.onRecord(r.cells, this.line, Math.max(span, 1), r.issue);
      this.line += r.breaks;
      this.lines += Math.max(span, 1);
      pos = r.next;
    }
    this.buf = pos < n ? s.slice(pos) : '';
  }

  /** Reads one record from `pos` character by character (quotes, bare CRs). */
  private slow(s: string, pos: number, final: boolean): Slow {
    const n = s.length;
    const dc = this.delimiter.charCodeAt(0);
    const cells: string[] = [];
    let i = pos;
    let breaks = 0;
    for (;;) {
      if (i < n && s.charCodeAt(i) === QUOTE) {
        const open = i;
        let val = '';
        let seg = i + 1;
        let inner = 0;
        for (;;) {
          const j = s.indexOf('"', seg);
          const stop = j === -1 ? n : j;
          inner += countBreaks(s, seg, stop);
          if (inner > MAX_QUOTED_LINES || (j === -1 && final)) return this.stray(s, pos, open, breaks);
          if (j === -1) return { next: -1, cells, breaks };
          if (j + 1 >= n && !final) return { next: -1, cells, breaks };
          if (s.charCodeAt(j + 1) === QUOTE) {
            val += s.slice(seg, j + 1);
            seg = j + 2;
            continue;
          }
          val += s.slice(seg, j);
          i = j + 1;
          break;
        }
        // After the closing quote: the delimiter, a line break or the end; anything else is glued text.
        let k = i;
        while (k < n && s.charCodeAt(k) !== dc && s.charCodeAt(k) !== LF && s.charCodeAt(k) !== CR) k++;
        if (k > i) {
          if (inner > 0) return this.stray(s, pos, open, breaks);
          val += s.slice(i, k);
        }
        if (k >= n && !final) return { next: -1, cells, breaks };
        breaks += inner;
        cells.push(val);
        i = k;
      } else {
        let k = i;
        while (k < n) {
          const c = s.charCodeAt(k);
          if (c === dc || c === LF || c === CR) break;
          k++;
        }
        if (k >= n && !final) return { next: -1, cells, breaks };
        cells.push(s.slice(i, k));
        i = k;
      }
      if (i >= n) return { next: n, cells, breaks };
      const c = s.charCodeAt(i);
      if (c === dc) {
        i++;
        if (i >= n && final) {
          cells.push('');
          return { next: n, cells, breaks };
        }
        continue;
      }
      // A line break ends the record: CRLF, LF or a bare CR.
      if (c === CR && i + 1 >= n && !final) return { next: -1, cells, breaks };
      i += c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
      return { next: i, cells, breaks: breaks + 1 };
    }
  }

  /** A stray quote at `open`: the record ends with the quote's line; reading resumes on the next line. */
  private stray(s: string, pos: number, open: number, breaksBefore: number): Slow {
    const n = s.length;
    let k = open;
    while (k < n && s.charCodeAt(k) !== LF && s.charCodeAt(k) !== CR) k++;
    if (k >= n) return { next: n, cells: [s.slice(pos, n)], breaks: breaksBefore, issue: 'unclosed_quote' };
    const text = s.slice(pos, k);
    k += s.charCodeAt(k) === CR && s.charCodeAt(k + 1) === LF ? 2 : 1;
    return { next: k, cells: [text], breaks: breaksBefore + 1, issue: 'unclosed_quote' };
  }
}

function endsWithBreak(s: string, end: number): boolean {
  const c = s.charCodeAt(end - 1);
  return c === LF || c === CR;
}

/** Line breaks in s[from, to): CRLF counts once. */
function countBreaks(s: string, from: number, to: number): number {
  let b = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) b++;
    else if (c === CR && s.charCodeAt(i + 1) !== LF) b++;
  }
  return b;
}
