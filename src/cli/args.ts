/** Command-line parsing for `npm run score` (kept tiny and dependency-free). */
import { ENCODINGS, type Encoding } from '../core/csv/types';
import { DUPLICATE_POLICIES, type DuplicatePolicy } from '../core/csv/duplicate-ids';
import type { TierRule } from '../core/card/types';
import { TIER_RULES } from '../core/tiers/rule';
import type { ExportLocale } from '../core/export/csv-format';

export interface CliArgs {
  input: string;
  output: string;
  errors: string;
  model?: string;
  delimiter?: string;
  decimalComma?: boolean;
  encoding?: Encoding;
  modelsDir?: string;
  duplicates?: DuplicatePolicy;
  /** Priority-tier rule; default = the model card's (bands of calibrated probability). */
  tiers?: TierRule;
  /** Output for Excel in this language (';' and decimal commas for ru/pl); default machine format. */
  locale?: ExportLocale;
}

export const USAGE = 'usage: npm run score -- <input.csv> [-o output.csv] [--model id] [--errors errors.csv] [--delimiter ,] [--encoding utf-8|utf-16le|utf-16be|windows-1250|iso-8859-2|windows-1251|koi8-r|windows-1252] [--decimal-comma] [--duplicates all|first|last] [--models-dir dir] [--tiers probability|decile] [--locale en|ru|pl]';

export function parseArgs(argv: string[]): CliArgs {
  const rest: string[] = [];
  const opts: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const key = a === '-o' ? 'output' : a.startsWith('--') ? a.slice(2) : null;
    if (key === null) {
      rest.push(a);
      continue;
    }
    if (key === 'decimal-comma') {
      opts[key] = true;
      continue;
    }
    if (!['output', 'model', 'errors', 'delimiter', 'encoding', 'models-dir', 'duplicates', 'tiers', 'locale'].includes(key)) throw new Error(`Unknown option ${a}\n${USAGE}`);
    const v = argv[++i];
    if (v === undefined) throw new Error(`Option ${a} needs a value\n${USAGE}`);
    opts[key] = v;
  }
  if (rest.length !== 1) throw new Error(USAGE);
  const input = rest[0];
  const output = (opts.output as string | undefined) ?? input.replace(/\.csv$/i, '') + '.scored.csv';
  const delimiter = opts.delimiter as string | undefined;
  const encoding = (opts.encoding as string | undefined)?.toLowerCase().replace(/^cp(125\d)$/, 'windows-$1');
  if (encoding !== undefined && !(ENCODINGS as string[]).includes(encoding)) throw new Error(`Unknown encoding ${opts.encoding as string}: use one of ${ENCODINGS.join(', ')}`);
  const duplicates = opts.duplicates as string | undefined;
  if (duplicates !== undefined && !(DUPLICATE_POLICIES as string[]).includes(duplicates)) throw new Error(`Unknown --duplicates ${duplicates}: use all (score every row, report repeats), first or last`);
  const tiers = opts.tiers as string | undefined;
  if (tiers !== undefined && !(TIER_RULES as readonly string[]).includes(tiers)) throw new Error(`Unknown tier rule ${tiers}: use probability (bands of calibrated probability, the default) or decile (the thesis rule)`);
  const locale = opts.locale as string | undefined;
  if (locale !== undefined && !['en', 'ru', 'pl'].includes(locale)) throw new Error(`Unknown --locale ${locale}: use en (comma, decimal point), ru or pl (semicolon, decimal comma, as Excel expects there)`);
  return {
    input,
    output,
    errors: (opts.errors as string | undefined) ?? output.replace(/\.csv$/i, '') + '.errors.csv',
    model: opts.model as string | undefined,
    delimiter: delimiter === '\\t' || delimiter === 'tab' ? '\t' : delimiter,
    decimalComma: opts['decimal-comma'] === true ? true : undefined,
    encoding: encoding as Encoding | undefined,
    modelsDir: opts['models-dir'] as string | undefined,
    duplicates: duplicates as DuplicatePolicy | undefined,
    tiers: tiers as TierRule | undefined,
    locale: locale as ExportLocale | undefined,
  };
}
