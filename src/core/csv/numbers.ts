/**
 * Numbers as spreadsheets write them: Polish and Russian Excel group thousands with a space, a no-break
 * space (U+00A0) or a narrow no-break space (U+202F) and use a decimal comma (`41 760`, `3 898,67`);
 * Swiss files use an apostrophe; English ones a comma (`1,234.5`). A grouped number is rewritten to a plain
 * one only when it can be read one way; `1,234` in a dot-decimal file (1.234 or 1234?) or `1.234` in a
 * decimal-comma file is ambiguous and reported per row, never guessed.
 */

const SPACE_GROUPS = /^([+-]?)(\d{1,3}(?:[ \u00a0\u202f'’]\d{3})+)(?:([.,])(\d+))?$/;
const COMMA_GROUPS = /^([+-]?)(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;
const DOT_GROUPS = /^([+-]?)(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;

export type Grouped = { value: string } | { ambiguous: true } | undefined;

/**
 * A plain number string for a grouped `cell` (undefined when it holds no grouping separator we know).
 * `decimalComma`: the file's decimal separator is a comma.
 */
export function ungroup(cell: string, decimalComma: boolean): Grouped {
  const s = cell.trim();
  let m = SPACE_GROUPS.exec(s);
  if (m) {
    const [, sign, int, sep, frac] = m;
    if (sep && (sep === ',') !== decimalComma) return { ambiguous: true };
    return { value: `${sign}${int.replace(/[^\d]/g, '')}${frac ? `.${frac}` : ''}` };
  }
  m = COMMA_GROUPS.exec(s);
  if (m) {
    const [, sign, int, frac] = m;
    // "1,234,567" or "1,234.5" can only be grouping; "1,234" alone could be a decimal comma.
    if (decimalComma || (frac === undefined && int.split(',').length === 2)) return { ambiguous: true };
    return { value: `${sign}${int.replace(/,/g, '')}${frac ? `.${frac}` : ''}` };
  }
  m = DOT_GROUPS.exec(s);
  if (m) {
    const [, sign, int, frac] = m;
    if (!decimalComma || (frac === undefined && int.split('.').length === 2)) return { ambiguous: true };
    return { value: `${sign}${int.replace(/\./g, '')}${frac ? `.${frac}` : ''}` };
  }
  return undefined;
}
