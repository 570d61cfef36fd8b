/**
 * Turns a quota failure in the middle of a batch into a message that names the cause and the space needed
 * (#14 "disk full"): `[disk_full] needBytes=… committedRows=…`. The need is what the rows still to store will
 * take, at the size this run's committed rows actually have (their stored columns, measured from the first
 * committed chunk), plus a tenth for the database's own overhead. navigator.storage.estimate() is not used
 * for it: Chromium updates usage lazily and reports the quota it would grant, not what is free when a write
 * is refused. Without a committed chunk the measured ~120 bytes per row of demo leads is assumed.
 */
import { getStoredRun, committedChunkBytes } from '../storage/runs-repo';
import type { ReadProgress } from '../workers/csv/reader';

const FALLBACK_BYTES_PER_ROW = 120;
const OVERHEAD_TENTHS = 11;

export function estimateNeed(o: { bytesPerRow: number; committedRows: number; rowsTotal: number }): number {
  return Math.ceil((Math.max(0, o.rowsTotal - o.committedRows) * o.bytesPerRow * OVERHEAD_TENTHS) / 10);
}

export async function diskFullMessage(runId: string, fileSize: number, read: ReadProgress | undefined): Promise<string> {
  const run = await getStoredRun(runId);
  const committedRows = run?.committedRows ?? 0;
  const sample = run && run.committedChunks > 0 ? await committedChunkBytes(runId, 0).catch(() => undefined) : undefined;
  const bytesPerRow = sample && sample.rows > 0 ? sample.bytes / sample.rows : FALLBACK_BYTES_PER_ROW;
  const rowsTotal = read && read.bytesRead > 0 ? Math.round((read.rowsParsed * fileSize) / read.bytesRead) : committedRows + (run?.chunkRows ?? 25_000);
  return `[disk_full] needBytes=${estimateNeed({ bytesPerRow, committedRows, rowsTotal })} committedRows=${committedRows}`;
}
