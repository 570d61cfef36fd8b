/**
 * What crosses the customers worker boundary (src/workers/customers/customers.worker.ts ↔
 * src/bridge/customers-bridge.ts): import options, progress, import and forecast results. Domain types
 * (clients, order lines, forecasts, row errors) stay in src/core/customers; this file only adds the
 * shapes of calls, so the screens of issues #9 and #10 can import it without pulling in the worker.
 */
import type { Delimiter, Encoding } from './batch-contract';
import type { CustomerReasonCode } from '../core/customers/parse-rows';

export type CustomerFileKind = 'clients' | 'orders' | 'activity';
/** Delimited text goes through PapaParse; whitespace-aligned text (CDNOW) through core/csv/whitespace.ts. */
export type TextFormat = 'delimited' | 'whitespace';

/** How a customer file looks, sniffed on the page from its first 64 KB and shown before import. */
export interface CustomerSniff {
  kind: CustomerFileKind;
  encoding: Encoding;
  format: TextFormat;
  delimiter: Delimiter;
  decimalComma: boolean;
  hasHeader: boolean;
  /** The file's headers, or "column 1…n" for headerless files. */
  headers: string[];
  previewRows: string[][];
  /** Suggested mapping field → column index (-1 = not mapped). */
  suggested: Record<string, number>;
  headerSignature: string;
}

export interface CustomerImportOptions {
  encoding: Encoding;
  format: TextFormat;
  delimiter: Delimiter;
  decimalComma: boolean;
  hasHeader: boolean;
  /** field → column index; -1 or absent = not in the file (optional fields only). */
  mapping: Record<string, number>;
}

export type CustomerStage = 'reading' | 'checking' | 'sealing' | 'storing' | 'loading' | 'fitting' | 'predicting' | 'saving';

export interface CustomerProgress {
  stage: CustomerStage;
  rowsDone: number;
  rowsTotal: number;
  rowsPerSecond: number;
  etaSeconds: number;
}

/** One invalid row as reported and exported (the reason is a code the UI translates). */
export interface CustomerImportError { row: number; column: string; value: string; code: CustomerReasonCode }

export interface CustomerImportResult {
  id: string;
  kind: CustomerFileKind;
  fileName: string;
  sha256: string;
  /** True when a file with the same content (and kind) was imported before: nothing was added. */
  alreadyImported: boolean;
  rows: number;
  valid: number;
  invalid: number;
  /** Lines appended to the book (orders/activity) or client records written (clients). */
  added: number;
  /** Valid lines already in the book (same client, values and occurrence), skipped. */
  duplicates: number;
  /** Clients created because a line named an unknown Customer ID (ID only). */
  newClients: number;
  /** The first MAX_REPORTED_ERRORS errors (all of them are counted in `invalid`). */
  errors: CustomerImportError[];
  ms: number;
  /** Milliseconds per step (parse, keys, seal, dedupe, write, derived …) for benchmarks. */
  timing?: Record<string, number>;
}

export const MAX_REPORTED_ERRORS = 5000;

/** Store totals for the screen. */
export interface CustomerTotals { clients: number; orders: number; activity: number; forecasts: number }
