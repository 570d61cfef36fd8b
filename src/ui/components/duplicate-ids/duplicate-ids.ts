/**
 * Repeated Customer IDs in one file (#14 defect 4), two small views the batch screens share: the choice
 * made before Start (score all rows and list the repeats — the default —, or only the first or the last row
 * of each ID), and the note on a finished run saying how many IDs repeat, on which rows and what was kept.
 * Rows only, never the IDs themselves (they may be personal); the rows not scored are in the errors table.
 * Test hooks: batch-duplicates (the choice, radio values all/first/last), run-duplicates (data-ids,
 * data-repeat-rows, data-skipped, data-policy).
 */
import { css, html, type TemplateResult } from 'lit';
import { DUPLICATE_POLICIES, type DuplicatePolicy, type DuplicateReport } from '../../../core/csv/duplicate-ids';
import { fmtNumber, t, tn } from '../../i18n/i18n';

/** For the screen that shows the picker (one radio per line, wrapping on phones). */
export const duplicatePickerStyles = css`
  fieldset.duplicates { border: 1px solid var(--ll-c5ced9, #c5ced9); border-radius: 8px; padding: 0.5rem 0.75rem; margin: 0.75rem 0; }
  fieldset.duplicates label { display: flex; gap: 0.4rem; align-items: baseline; font-weight: 400; padding: 0.15rem 0; }
  fieldset.duplicates p { margin: 0.3rem 0 0; }
`;

export function duplicatePicker(value: DuplicatePolicy, onChange: (p: DuplicatePolicy) => void): TemplateResult {
  return html`<fieldset class="duplicates" data-testid="batch-duplicates">
    <legend>${t('dup.legend')}</legend>
    ${DUPLICATE_POLICIES.map((p) => html`<label><input type="radio" name="duplicates" value=${p} .checked=${value === p}
      @change=${() => onChange(p)} /> ${t(`dup.policy.${p}`)}</label>`)}
    <p class="muted">${t('dup.hint')}</p>
  </fieldset>`;
}

/** "Rows 4, 17; rows 5, 9 and 2 more; …" for the first groups. */
function groupList(d: DuplicateReport, shown: number): string {
  const parts = d.groups.slice(0, shown).map((g) => {
    const rows = g.rows.map((r) => fmtNumber(r)).join(', ');
    return g.more ? t('dup.groupMore', { rows, n: fmtNumber(g.more) }) : t('dup.group', { rows });
  });
  if (d.ids > parts.length) parts.push(t('dup.moreIds', { n: fmtNumber(d.ids - parts.length) }));
  return parts.join('; ');
}

export function duplicatesNote(d: DuplicateReport | undefined, shown = 5): TemplateResult | '' {
  if (!d || d.ids === 0) return '';
  return html`<p class="warn" data-testid="run-duplicates" data-ids=${d.ids} data-repeat-rows=${d.repeatRows}
    data-skipped=${d.skipped} data-policy=${d.policy}>
    ${tn('dup.found', d.ids, { rows: fmtNumber(d.repeatRows) })}
    ${d.policy === 'all' ? t('dup.kept.all') : tn(`dup.kept.${d.policy}`, d.skipped)}
    ${groupList(d, shown)}.</p>`;
}
