/**
 * Turns a quota failure in the middle of a batch into a message that names the cause and the space needed
 * (#14 "disk full"): `[disk_full] needBytes=… freeBytes=… committedRows=…`. The need is estimated from what
 * the committed part of this run actually took on disk (usage growth per committed row) times the rows still
 * to store (rows read so far scaled to the file size), plus one chunk of margin, minus what is free now.
 * Falls back to a measured ~300 bytes per row when nothing was committed.
 */
import { getStoredRun, storageEstimate } from '../storage/runs-repo';
import type { ReadProgress } from '../workers/csv/reader';

const FALLBACK_BYTES_PER_ROW = 300;

export function estimateNeed(o: { usageAtStart: number; usageNow: number; quota: number; committedRows: number; chunkRows: number; rowsTotal: number }): { needBytes: number; freeBytes: number } {
  const grown = o.usageNow - o.usageAtStart;
  const perRow = o.committedRows > 0 && grown > 0 ? grown / o.committedRows : FALLBACK_BYTES_PER_ROW;
  const remaining = Math.max(0, o.rowsTotal - o.committedRows) + o.chunkRows;
  const freeBytes = Math.max(0, o.quota - o.usageNow);
  return { needBytes: Math.max(Math.ceil(remaining * perRow - freeBytes), Math.ceil(o.chunkRows * perRow)), freeBytes };
}

export async function diskFullMessage(runId: string, fileSize: number, usageAtStart: number, read: ReadProgress | undefined): Promise<string> {
  const [{ usage, quota }, run] = await Promise.all([storageEstimate(), getStoredRun(runId)]);
  const committedRows = run?.committedRows ?? 0;
  const rowsTotal = read && read.bytesRead > 0 ? Math.round((read.rowsParsed * fileSize) / read.bytesRead) : committedRows;
  const { needBytes, freeBytes } = estimateNeed({ usageAtStart, usageNow: usage, quota, committedRows, chunkRows: run?.chunkRows ?? 25_000, rowsTotal });
  return `[disk_full] needBytes=${needBytes} freeBytes=${freeBytes} committedRows=${committedRows}`;
}
