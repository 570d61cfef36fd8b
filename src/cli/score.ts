/**
 * `npm run score -- <input.csv> [-o out.csv] [--model id] [--errors errors.csv] [--delimiter ,] [--encoding koi8-r] [--duplicates first] [--tiers probability|decile] [--locale ru]`:
 * batch scoring from the command line with the same core pipeline as the app. The output is machine format
 * (the input's separator, decimal points) unless --locale asks for a language's Excel format.
 * Exit codes: 0 all rows scored, 2 some rows invalid (see the errors CSV), 1 fatal error (including an
 * empty, header-only or non-CSV file: then nothing is written).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from './args';
import { loadModel } from './model';
import { createOrtRunner } from './ort-runner';
import { formatSummary, scoreCsvBytes } from './score-csv';
import { rowLabel } from '../core/csv/messages';
import { withTierRule } from '../core/tiers/rule';

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    const loaded = await loadModel(args.modelsDir, args.model);
    const card = withTierRule(loaded.card, args.tiers);
    const onnxBytes = loaded.onnxBytes;
    const bytes = await readFile(args.input).catch(() => {
      throw new Error(`Cannot read input file ${args.input}`);
    });
    const runner = await createOrtRunner(card, onnxBytes);
    try {
      const res = await scoreCsvBytes(bytes, card, runner, { delimiter: args.delimiter, decimalComma: args.decimalComma, encoding: args.encoding, duplicates: args.duplicates, locale: args.locale });
      await writeFile(args.output, res.outputCsv, 'utf8');
      process.stderr.write(`${formatSummary(res.summary, card.modelId, card)}\nwrote ${args.output}\n`);
      if (res.errors.length > 0) {
        await writeFile(args.errors, res.errorsCsv, 'utf8');
        const first = res.errors.slice(0, 5).map((e) => `  ${rowLabel(e.row, e.line)}${e.column ? `, ${e.column}` : ''}: ${e.message}${e.value ? ` (${JSON.stringify(e.value)})` : ''}`);
        process.stderr.write(`${first.join('\n')}\n${res.summary.invalid} invalid row(s): details in ${args.errors} (row = data row: the first row after the header is 1, as in the app; the file line in brackets where it differs)\n`);
        return 2;
      }
      return 0;
    } finally {
      await runner.release();
    }
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message.replace(/^\[\w+\]\s*/, '')}\n`);
    return 1;
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) process.exitCode = await main(process.argv.slice(2));
