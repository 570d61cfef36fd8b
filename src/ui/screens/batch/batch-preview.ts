/**
 * Render helpers for the batch screen's setup step: the encoding / delimiter / decimal-comma controls (the
 * encoding choice is highlighted when the engine is unsure) and the preview of the first rows as read.
 */
import { html } from 'lit';
import type { Delimiter, Encoding, FileSniff, RunRecord } from '../../../bridge/batch-contract';
import { ENCODINGS } from '../../../core/csv/types';
import { fmtNumber, t } from '../../i18n/i18n';
const DELIMITERS: { v: Delimiter; key: string }[] = [
  { v: ',', key: 'batch.delim.comma' }, { v: ';', key: 'batch.delim.semicolon' },
  { v: '\t', key: 'batch.delim.tab' }, { v: '|', key: 'batch.delim.pipe' },
];

export interface SniffHandlers {
  encoding: (v: Encoding) => void;
  delimiter: (v: Delimiter) => void;
  decimalComma: (v: boolean) => void;
}

export function sniffControls(s: FileSniff, decimalComma: boolean, busy: boolean, on: SniffHandlers) {
  return html`
    <div class="row">
      <div class="field encoding ${s.encodingUncertain ? 'uncertain' : ''}">
        <label for="enc">${t('batch.encoding')}</label>
        <select id="enc" data-testid="batch-encoding" ?disabled=${busy} aria-describedby=${s.encodingUncertain ? 'enc-note' : ''}
          @change=${(e: Event) => on.encoding((e.target as HTMLSelectElement).value as Encoding)}>
          ${[...s.encodingCandidates, ...ENCODINGS.filter((e) => !s.encodingCandidates.includes(e))].map((v: Encoding) => html`<option value=${v} ?selected=${s.encoding === v}>${t(`batch.enc.${v}`)}</option>`)}
        </select>
        ${s.encodingUncertain ? html`<span id="enc-note" role="status" data-testid="batch-encoding-note" data-candidates=${s.encodingCandidates.join(',')}>${uncertainNote(s)}</span>` : ''}
      </div>
      <div class="field">
        <label for="delim">${t('batch.delimiter')}</label>
        <select id="delim" data-testid="batch-delimiter" ?disabled=${busy}
          @change=${(e: Event) => on.delimiter((e.target as HTMLSelectElement).value as Delimiter)}>
          ${DELIMITERS.map((d) => html`<option value=${d.v} ?selected=${s.delimiter === d.v}>${t(d.key)}</option>`)}
        </select>
      </div>
      <label class="inline"><input type="checkbox" data-testid="batch-decimal-comma" .checked=${decimalComma}
        @change=${(e: Event) => on.decimalComma((e.target as HTMLInputElement).checked)} />${t('batch.decimalComma')}</label>
    </div>
  `;
}

/** "could also be KOI8-R, ISO-8859-2": the other plausible encodings (not the one shown). */
function uncertainNote(s: FileSniff): string {
  const others = s.encodingCandidates.filter((e) => e !== s.encoding);
  return others.length ? t('batch.encoding.plausible', { list: others.map((e) => t(`batch.enc.${e}`)).join(', ') }) : t('batch.encoding.uncertain');
}

export function previewTable(s: FileSniff) {
  return html`<div class="scroll preview" tabindex="0" role="region" aria-label=${t('batch.preview.title')}>
    <table data-testid="batch-preview" data-encoding=${s.encoding} data-delimiter=${s.delimiter}>
      <thead><tr>${s.headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${s.previewRows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
    </table>
  </div>`;
}

/** What the reader saw, beside "rows in": physical lines, data rows and the non-data lines it skipped. */
export function readerLine(r: RunRecord) {
  const c = r.reader;
  if (!c) return '';
  const other = c.blank + c.repeatedHeader + c.sepLine;
  return html`<p class="muted" data-testid="batch-reader" data-lines=${c.lines} data-rows=${c.rows} data-nondata=${other} data-structural=${c.structural}>
    ${t('batch.reader.lines', { lines: fmtNumber(c.lines), rows: fmtNumber(c.rows), other: fmtNumber(other), blank: fmtNumber(c.blank), headers: fmtNumber(c.repeatedHeader), sep: fmtNumber(c.sepLine) })}</p>`;
}
