/**
 * The statistics of a campaign test with a control group: the sample size a two-sample test of proportions
 * needs (two-sided, pooled variance under the null, unpooled under the alternative — the textbook formula
 * that reproduces the golden numbers 31,234 per group and 158,360 / 17,596), the smallest uplift a
 * given split can detect, and the measured uplift of treated over control with its 95% (Wald) interval.
 */

/** Inverse standard normal CDF (Wichura's AS241, ~1e-16 relative accuracy). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r + 133.14166789178437745) * r + 3.387132872796366608))
      / (((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r + 42.313330701600911252) * r + 1);
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x = (((((((0.00077454501427834140764 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r + 4.6303378461565452959) * r + 1.42343711074968357734)
      / (((((((1.05075007164441684324e-9 * r + 0.0005475938084995344946) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1);
  } else {
    r -= 5;
    x = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r + 5.4637849111641143699) * r + 6.6579046435011037772)
      / (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 0.0007868691311456132591) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r + 0.59983220655588793769) * r + 1);
  }
  return q < 0 ? -x : x;
}

export interface TestDesign {
  /** Conversion rate without the campaign (the control group's expected rate). */
  baseline: number;
  /** Expected relative uplift of treated over control, e.g. 0.1 for +10%. */
  relativeUplift: number;
  /** Share of the chosen leads held out as control, in (0, 1). */
  controlShare: number;
  alpha?: number;
  power?: number;
}

/** Unrounded control-group size for treated = r × control. */
function controlSize(p1: number, p2: number, r: number, alpha: number, power: number): number {
  const za = normalQuantile(1 - alpha / 2);
  const zb = normalQuantile(power);
  const pBar = (p1 + r * p2) / (1 + r);
  const num = za * Math.sqrt(pBar * (1 - pBar) * (1 + 1 / r)) + zb * Math.sqrt(p1 * (1 - p1) + (p2 * (1 - p2)) / r);
  return (num * num) / ((p2 - p1) * (p2 - p1));
}

/** Leads needed in each group (each rounded up). */
export function sampleSize(d: TestDesign): { treated: number; control: number } {
  const { baseline: p1, relativeUplift, controlShare: f } = d;
  if (!(f > 0 && f < 1)) throw new RangeError('controlShare must be in (0, 1)');
  const r = (1 - f) / f;
  const nc = controlSize(p1, p1 * (1 + relativeUplift), r, d.alpha ?? 0.05, d.power ?? 0.8);
  // Round before ceil so 31,234.000000001 from floating point does not become 31,235.
  const up = (x: number): number => Math.ceil(Number(x.toFixed(6)));
  return { treated: up(nc * r), control: up(nc) };
}

/** Smallest relative uplift detectable with these group sizes (bisection); Infinity when none up to +1000%. */
export function minDetectableUplift(treated: number, control: number, baseline: number, alpha = 0.05, power = 0.8): number {
  if (treated <= 0 || control <= 0 || !(baseline > 0 && baseline < 1)) return Infinity;
  const r = treated / control;
  const maxUp = Math.min(10, (1 - 1e-9) / baseline - 1);
  if (controlSize(baseline, baseline * (1 + maxUp), r, alpha, power) > control) return Infinity;
  let lo = 0;
  let hi = maxUp;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (controlSize(baseline, baseline * (1 + mid), r, alpha, power) > control) lo = mid;
    else hi = mid;
  }
  return hi;
}

export interface Uplift {
  treatedRate: number; controlRate: number;
  /** Treated rate − control rate (absolute, in proportion points) and its 95% interval. */
  difference: number; low: number; high: number;
  /** difference ÷ control rate (NaN when the control rate is 0). */
  relative: number;
}

/** Measured uplift with an unpooled (Wald) 95% interval for the difference of two proportions. */
export function measuredUplift(treatedConv: number, treatedN: number, controlConv: number, controlN: number, confidence = 0.95): Uplift {
  const pt = treatedN > 0 ? treatedConv / treatedN : NaN;
  const pc = controlN > 0 ? controlConv / controlN : NaN;
  const diff = pt - pc;
  const se = Math.sqrt((pt * (1 - pt)) / treatedN + (pc * (1 - pc)) / controlN);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  return { treatedRate: pt, controlRate: pc, difference: diff, low: diff - z * se, high: diff + z * se, relative: pc > 0 ? diff / pc : NaN };
}
