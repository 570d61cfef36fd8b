/**
 * Test-only (Node): the shared conversion train+valid file joined with its fixed split (split.csv) as one
 * table with a `split` column, so in-app training sees exactly the rows `npm run train` used. Skips cleanly
 * when the shared data is not on this machine (it is never copied into the repository).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseCsv } from '../../../src/core/training/dataset';
import { SHARED_DATA } from './artifacts';

const CANDIDATES = [process.env.LEADLENS_DATA, `${SHARED_DATA}conversion`, '/work/shared/data/conversion'].filter((d): d is string => !!d);
export const CONVERSION_DIR = CANDIDATES.find((d) => existsSync(`${d}/digital_marketing_trainval.csv`) && existsSync(`${d}/split.csv`));
export const haveConversionData = CONVERSION_DIR !== undefined;

/** The train+valid rows with a trailing `split` column (train / valid), header first. */
export function conversionTable(): string[][] {
  const rows = parseCsv(readFileSync(`${CONVERSION_DIR}/digital_marketing_trainval.csv`, 'utf8'));
  const split = new Map(parseCsv(readFileSync(`${CONVERSION_DIR}/split.csv`, 'utf8')).slice(1).map((r) => [r[0], r[1]]));
  return rows.map((r, i) => [...r, i === 0 ? 'split' : (split.get(r[0]) ?? '')]);
}
