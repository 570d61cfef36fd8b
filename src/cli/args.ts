/** Command-line parsing for `npm run score` (kept tiny and dependency-free). */

export interface CliArgs {
  input: string;
  output: string;
  errors: string;
  model?: string;
  delimiter?: string;
  decimalComma?: boolean;
  modelsDir?: string;
}

export const USAGE = 'usage: npm run score -- <input.csv> [-o output.csv] [--model id] [--errors errors.csv] [--delimiter ,] [--decimal-comma] [--models-dir dir]';

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
    if (!['output', 'model', 'errors', 'delimiter', 'models-dir'].includes(key)) throw new Error(`Unknown option ${a}\n${USAGE}`);
    const v = argv[++i];
    if (v === undefined) throw new Error(`Option ${a} needs a value\n${USAGE}`);
    opts[key] = v;
  }
  if (rest.length !== 1) throw new Error(USAGE);
  const input = rest[0];
  const output = (opts.output as string | undefined) ?? input.replace(/\.csv$/i, '') + '.scored.csv';
  const delimiter = opts.delimiter as string | undefined;
  return {
    input,
    output,
    errors: (opts.errors as string | undefined) ?? output.replace(/\.csv$/i, '') + '.errors.csv',
    model: opts.model as string | undefined,
    delimiter: delimiter === '\\t' || delimiter === 'tab' ? '\t' : delimiter,
    decimalComma: opts['decimal-comma'] === true ? true : undefined,
    modelsDir: opts['models-dir'] as string | undefined,
  };
}
