/** Command-line parsing for `npm run forecast` (tiny and dependency-free, like args.ts for `npm run score`). */
import { parseDay } from '../core/customers/days';

export interface ForecastArgs {
  orders: string;
  clients?: string;
  activity?: string;
  /** Epoch day; default: the day after the last order. */
  asOfDay?: number;
  output: string;
  errors: string;
  threshold: number;
  /** Epoch day treated as "today" when rejecting future dates (default: the real today). */
  today?: number;
}

export const FORECAST_USAGE =
  'usage: npm run forecast -- <orders.csv|CDNOW.txt> [--clients clients.csv] [--activity activity.csv] [--as-of YYYY-MM-DD] [-o forecast.csv] [--errors errors.csv] [--threshold 0.7] [--today YYYY-MM-DD]';

const OPTIONS = ['output', 'clients', 'activity', 'as-of', 'errors', 'threshold', 'today'];

function day(v: string, name: string): number {
  const d = parseDay(v);
  if (Number.isNaN(d)) throw new Error(`Option --${name}: "${v}" is not a date (use YYYY-MM-DD)`);
  return d;
}

export function parseForecastArgs(argv: string[]): ForecastArgs {
  const rest: string[] = [];
  const opts: Record<string, string> = {};
  const queue = [...argv];
  while (queue.length > 0) {
    const a = queue.shift()!;
    if (a !== '-o' && !a.startsWith('--')) rest.push(a);
    else {
      const key = a === '-o' ? 'output' : a.slice(2);
      if (!OPTIONS.includes(key)) throw new Error(`Unknown option ${a}\n${FORECAST_USAGE}`);
      if (queue.length === 0) throw new Error(`Option ${a} needs a value\n${FORECAST_USAGE}`);
      opts[key] = queue.shift()!;
    }
  }
  if (rest.length !== 1) throw new Error(FORECAST_USAGE);
  const orders = rest[0];
  const output = opts.output ?? orders.replace(/\.(csv|txt)$/i, '') + '.forecast.csv';
  const threshold = opts.threshold === undefined ? 0.7 : Number(opts.threshold);
  if (!(threshold >= 0 && threshold <= 1)) throw new Error(`Option --threshold: "${opts.threshold}" must be a number between 0 and 1`);
  return {
    orders,
    clients: opts.clients,
    activity: opts.activity,
    asOfDay: opts['as-of'] === undefined ? undefined : day(opts['as-of'], 'as-of'),
    output,
    errors: opts.errors ?? output.replace(/\.csv$/i, '') + '.errors.csv',
    threshold,
    today: opts.today === undefined ? undefined : day(opts.today, 'today'),
  };
}
