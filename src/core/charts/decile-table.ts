/**
 * The decile table of a run from its write-time per-decile aggregates: leads, share, mean score and, for
 * labelled runs, conversions, conversion rate, lift and cumulative gain. Deciles are the model card's cut
 * points from validation, so a run's share per decile (and per tier) need not be 10% each.
 */

export interface DecileInput {
  count: ArrayLike<number>;
  sumScore: ArrayLike<number>;
  labelled?: ArrayLike<number>;
  positives?: ArrayLike<number>;
}

export interface DecileRow {
  decile: number;
  count: number;
  share: number;
  meanScore: number;
  labelled: number;
  positives: number;
  /** NaN when the decile has no labelled leads. */
  rate: number;
  lift: number;
  cumulativeGain: number;
}

export function decileTable(d: DecileInput): DecileRow[] {
  let total = 0;
  let labelled = 0;
  let positives = 0;
  for (let k = 0; k < 10; k++) {
    total += d.count[k] ?? 0;
    labelled += d.labelled?.[k] ?? 0;
    positives += d.positives?.[k] ?? 0;
  }
  const base = labelled > 0 ? positives / labelled : NaN;
  let cum = 0;
  const rows: DecileRow[] = [];
  for (let k = 0; k < 10; k++) {
    const count = d.count[k] ?? 0;
    const l = d.labelled?.[k] ?? 0;
    const p = d.positives?.[k] ?? 0;
    cum += p;
    const rate = l > 0 ? p / l : NaN;
    rows.push({
      decile: k + 1, count, share: total > 0 ? count / total : 0,
      meanScore: count > 0 ? (d.sumScore[k] ?? 0) / count : NaN,
      labelled: l, positives: p, rate, lift: rate / base,
      cumulativeGain: positives > 0 ? cum / positives : NaN,
    });
  }
  return rows;
}
