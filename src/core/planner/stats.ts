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
    return (q * (((((((2509.0809287301227 * r + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) * r + 13731.69376550946) * r + 1971.5909503065513) * r + 133.14166789178438) * r + 3.3871328727963665))
      / (((((((5226.495278852546 * r + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) * r + 5394.196021424751) * r + 687.1870074920579) * r + 42.31333070160091) * r + 1);
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x = (((((((0.0007745450142783414 * r + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r + 3.6478483247632045) * r + 5.769497221460691) * r + 4.630337846156546) * r + 1.4234371107496835)
      / (((((((1.0507500716444169e-9 * r + 0.0005475938084995345) * r + 0.015198666563616457) * r + 0.14810397642748008) * r + 0.6897673349851) * r + 1.6763848301838038) * r + 2.053191626637759) * r + 1);
  } else {
    r -= 5;
    x = (((((((2.0103343992922881e-7 * r + 0.000027115555687434876) * r + 0.0012426609473880784) * r + 0.026532189526576124) * r + 0.29656057182850487) * r + 1.7848265399172913) * r + 5.463784911164114) * r + 6.657904643501103)
      / (((((((2.0442631033899397e-15 * r + 1.421511758316446e-7) * r + 0.000018463183175100548) * r + 0.0007868691311456133) * r + 0.014875361290850615) * r + 0.1369298809227358) * r + 0.599832206555888) * r + 1);
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
