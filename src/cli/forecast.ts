/**
 * `npm run forecast -- orders.csv [--clients c.csv] [--activity a.csv] [--as-of YYYY-MM-DD] [-o out.csv]
 * [--threshold 0.7]`: next-30-day spend and 14-day purchase probability per client, with the same core engine
 * as the app. Reads comma/semicolon CSV or the whitespace-aligned CDNOW layout. Exit codes as `npm run score`:
 * 0 all rows used, 2 some rows invalid (listed in the errors CSV; the valid ones are still used), 1 fatal.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { todayDay } from '../core/customers/days';
import { parseForecastArgs } from './forecast-args';
import { forecastFiles } from './forecast-run';

async function load(path: string | undefined): Promise<{ name: string; text: string } | undefined> {
  if (path === undefined) return undefined;
  const text = await readFile(path, 'utf8').catch(() => {
    throw new Error(`Cannot read input file ${path}`);
  });
  return { name: basename(path), text };
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseForecastArgs(argv);
    const files = { orders: (await load(args.orders))!, clients: await load(args.clients), activity: await load(args.activity) };
    const run = await forecastFiles(files, { asOfDay: args.asOfDay, threshold: args.threshold, today: args.today ?? todayDay() });
    await writeFile(args.output, run.outputCsv, 'utf8');
    process.stderr.write(`${run.summary}\nwrote ${args.output}\n`);
    if (run.errors.length > 0) {
      await writeFile(args.errors, run.errorsCsv, 'utf8');
      process.stderr.write(`${run.errors.length} invalid value(s): details in ${args.errors} (row = data row: the first row after the header is 1, as in the app)\n`);
      return 2;
    }
    return 0;
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    return 1;
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) process.exitCode = await main(process.argv.slice(2));
