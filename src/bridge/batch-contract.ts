/**
 * The contract between the batch engine (workers + run storage) and the batch screens. Types only:
 * the engine implements them in src/bridge/batch-bridge.ts and src/storage/runs-repo.ts; the screens
 * import only these types and those two modules. Change this file only with both sides in mind.
 */

import type { TierRule } from '../core/card/types';
import type { TierOutcomes } from '../core/tiers/outcomes';
import type { Delimiter, Encoding } from '../core/csv/types';
import type { ReadCounts as ReaderCounts } from '../core/csv/records';
export type { Delimiter, Encoding, Refusal } from '../core/csv/types';
import type { DuplicatePolicy, DuplicateReport } from '../core/csv/duplicate-ids';
export type { DuplicatePolicy, DuplicateReport } from '../core/csv/duplicate-ids';

/** What the engine sniffed from the first bytes of a file, shown to the user before import. */
export interface FileSniff {
  encoding: Encoding;
  /** True when the guess is weak (the UI lets the user choose). */
  encodingUncertain: boolean;
  /** Encodings that read plausibly, best first (the UI offers them first when uncertain). */
  encodingCandidates: Encoding[];
  hasBom: boolean;
  delimiter: Delimiter;
  decimalComma: boolean;
  headers: string[];
  /** First rows exactly as they will be read (after decoding and splitting), as strings. */
  previewRows: string[][];
  /** Suggested mapping canonical field -> header index (from core/columns.ts); -1 = not mapped. */
  suggested: Record<string, number>;
  /** Header index of a label column (Conversion), if any. */
  labelColumn: number;
  missingRequired: string[];
  /** Stable signature of the header row, key for remembered mappings. */
  headerSignature: string;
}

export interface ImportOptions {
  encoding: Encoding;
  delimiter: Delimiter;
  decimalComma: boolean;
  /** canonical field -> header index, or -1 to use the documented default (optional fields only). */
  mapping: Record<string, number>;
  labelColumn: number;
  runName: string;
  /** Resume an interrupted run from its last committed chunk (the same file must be given). */
  resumeRunId?: string;
  /** Rows repeating a Customer ID: score all (default, reported), or only the first / the last of each ID. */
  duplicates?: DuplicatePolicy;
}

export type Stage = 'hashing' | 'parsing' | 'validating' | 'scoring' | 'clustering' | 'storing' | 'finalising';

export interface Progress {
  stage: Stage;
  rowsDone: number;
  /** Estimated total rows (from bytes read) until known exactly. */
  rowsTotal: number;
  rowsPerSecond: number;
  etaSeconds: number;
  scored: number;
  invalid: number;
}

export type RunStatus = 'running' | 'completed' | 'failed' | 'cancelled' | 'interrupted';

export interface RunMetrics {
  rocAuc: number; prAuc: number; brier: number; logLoss: number;
  /** DeLong standard error of rocAuc (absent on runs written before session 19). */
  aucSe?: number;
  threshold: number;
  confusion: { tp: number; fp: number; tn: number; fn: number };
  accuracy: number; precision: number; recall: number; f1: number;
  /** Per decile 1..10: count, positives, rate, lift, cumulative gain. */
  byDecile: { decile: number; count: number; positives: number; rate: number; lift: number; gain: number }[];
}

export interface RunRecord {
  id: string;
  name: string;
  fileName: string;
  fileSize: number;
  fileSha256: string;
  mapping: Record<string, number>;
  headers: string[];
  encoding: Encoding;
  delimiter: Delimiter;
  decimalComma: boolean;
  modelId: string;
  cardVersion: string;
  thresholdId: string;
  threshold: number;
  /** Priority-tier rule the run used (issue #13); absent on older runs (decile rule). */
  tierRule?: TierRule;
  startedAt: number;
  endedAt?: number;
  durationMs?: number;
  status: RunStatus;
  error?: string;
  /** Chunks fully committed (results + errors + index) — resume point. */
  committedChunks: number;
  committedRows: number;
  counts: { rows: number; scored: number; invalid: number; defaultsUsed: number };
  /** What the reader saw: physical lines and non-data lines (blank, repeated header, sep=). Set when the run completes. */
  reader?: ReaderCounts;
  meanScore: number;
  predictedShare: number;
  bySegment: { High: number; Medium: number; Low: number };
  byDecile: number[];
  byCluster: number[];
  /** Score histogram, 50 equal bins over [0, 1]. */
  histogram: number[];
  hasLabels: boolean;
  metrics?: RunMetrics;
  /** Each tier's actual conversion on the labelled rows (issue #13); absent without labels and on older runs. */
  tierOutcomes?: TierOutcomes;
  /** Header index of the label column used (-1 none); lets Resume reuse it. Optional: added by the screens. */
  labelColumn?: number;
  /** The duplicate policy chosen at the start (resume keeps it). Absent on runs before it existed: 'all'. */
  duplicatePolicy?: DuplicatePolicy;
  /** Repeated Customer IDs found in the file (row numbers only). Set when the run completes. */
  duplicates?: DuplicateReport;
}

/** One invalid row, as reported and exported. */
export interface RowError {
  row: number; column: string; value: string; reason: string; code: string;
  /** Physical file line, when it differs from row + header line (blank lines, quoted line breaks, a sep= line). */
  line?: number;
  /** The allowed range, for code 'out_of_range'. */
  min?: number; max?: number;
  /** For code 'duplicate_id': the row kept with the same Customer ID. */
  keptRow?: number;
}

/** A page of a run's leads for the virtualised table (columns decoded for the visible rows only). */
export interface LeadRow {
  /** 0-based position in the run (file order among valid rows). */
  index: number;
  /** 1-based line number in the source file (data rows). */
  sourceRow: number;
  customerId: string;
  inputs: Record<string, number | string>;
  score: number;
  predicted: 0 | 1;
  decile: number;
  segment: 'High' | 'Medium' | 'Low';
  cluster: number;
  label?: 0 | 1;
}

export interface RunQuery {
  sortBy?: 'score' | 'decile' | 'cluster' | 'index' | string;
  sortDir?: 'asc' | 'desc';
  segments?: ('High' | 'Medium' | 'Low')[];
  clusters?: number[];
  deciles?: number[];
  scoreMin?: number;
  scoreMax?: number;
  predicted?: 0 | 1;
  customerIdSearch?: string;
}

/** A browsable run (runs-repo openRunView): filters/sorts over typed arrays, rows decoded on demand. */
export interface RunView {
  /** Leads in the run (valid rows). */
  total: number;
  /** Leads matching the last query. */
  matching: number;
  /** Applies filters and sort; resolves to the number of matching leads. */
  query(q: RunQuery): Promise<number>;
  /** A page of the current (filtered, sorted) order. */
  rows(offset: number, limit: number): Promise<LeadRow[]>;
  /** 50-bin score histogram of the matching leads. */
  histogram(): number[];
  close(): void;
}
