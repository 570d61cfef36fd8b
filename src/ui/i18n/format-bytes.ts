/** A byte count in the user's language ("1.2 MB", "1,2 МБ"): one helper for file sizes shown in the UI. */
import { scaleBytes } from '../../pwa/storage';
import { fmtNumber, t } from './i18n';

export function fmtBytes(n: number): string {
  const { value, unit } = scaleBytes(n);
  return t(`pwa.unit.${unit}`, { n: fmtNumber(value, { maximumFractionDigits: value < 10 && unit !== 'B' ? 1 : 0 }) });
}
