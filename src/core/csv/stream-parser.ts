/**
 * Streaming CSV parsing with PapaParse without ever holding the whole file as one string: decoded text
 * pieces are pushed through a minimal Node-stream shim, so PapaParse's own ReadableStreamStreamer keeps
 * its parser state (partial lines, quoted newlines) across pieces. Everything runs synchronously inside
 * push()/end(), which gives the caller natural backpressure. Used by the batch parse worker and tests.
 */
import Papa from 'papaparse';

type Handler = (arg?: unknown) => void;

/** Just enough of a Node Readable for Papa.parse to pick its stream streamer. */
class StreamShim {
  readonly readable = true;
  private readonly handlers = new Map<string, Handler[]>();
  read(): null { return null; }
  pause(): void { /* push-driven: nothing to pause */ }
  resume(): void { /* push-driven */ }
  on(event: string, fn: Handler): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), fn]);
    return this;
  }
  removeListener(event: string, fn: Handler): this {
    this.handlers.set(event, (this.handlers.get(event) ?? []).filter((h) => h !== fn));
    return this;
  }
  emit(event: string, arg?: unknown): void {
    for (const h of [...(this.handlers.get(event) ?? [])]) h(arg);
  }
}

export interface CsvStreamOptions {
  delimiter: string;
  /** Called with each batch of complete rows (arrays of cells), in file order. */
  onRows: (rows: string[][]) => void;
}

export class CsvStreamParser {
  private readonly shim = new StreamShim();
  private error: Error | undefined;
  private done = false;

  constructor(opts: CsvStreamOptions) {
    Papa.parse(this.shim as unknown as NodeJS.ReadableStream, {
      delimiter: opts.delimiter,
      skipEmptyLines: 'greedy',
      chunk: (res: Papa.ParseResult<string[]>) => {
        if (res.data.length > 0) opts.onRows(res.data);
      },
      complete: () => {
        this.done = true;
      },
      error: (e: Error) => {
        this.error = e;
      },
    });
  }

  /** Feeds the next decoded piece of text; rows completed by it are delivered before this returns. */
  push(text: string): void {
    if (text.length === 0) return;
    this.shim.emit('data', text);
    if (this.error) throw this.error;
  }

  /** Flushes the last row. */
  end(): void {
    this.shim.emit('end');
    if (this.error) throw this.error;
    if (!this.done) throw new Error('CSV parser did not finish');
  }
}
