/**
 * "This file was already imported" (#14 defect 4), shown on the batch screen before Start: when a completed
 * run read a file of the same size, the picked file's SHA-256 is computed (WebCrypto digest, off the main
 * thread's JS; only then, so most picks cost nothing) and compared with the hash the engine stored for that
 * run. A match names the earlier run(s) with a link. Files above 1 GB are not hashed (memory): none is claimed.
 * Test hook: same-file (data-run-id of the newest match).
 */
import { LitElement, css, html } from 'lit';
import { fmtDate, t } from '../../i18n/i18n';
import { LocaleController } from '../../i18n/locale-controller';
import { completedRunsOfSize } from '../../../storage/runs-repo';
import type { RunRecord } from '../../../bridge/batch-contract';
import { href } from '../../routes';

const MAX_HASH_BYTES = 1024 ** 3;

async function sha256Hex(file: File): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class SameFile extends LitElement {
  static override styles = css`
    :host { display: block; }
    p { margin: 0.5rem 0; padding: 0.5rem 0.75rem; background: var(--ll-fff4e0, #fff4e0); border-left: 4px solid var(--ll-b35c00, #b35c00); color: var(--ll-5c3200, #5c3200); }
    a { color: var(--ll-1f4e79, #1f4e79); font-weight: 600; }
    a:focus-visible { outline: 3px solid var(--ll-b35c00, #b35c00); outline-offset: 2px; }
  `;
  static override properties = { file: { attribute: false }, earlier: { state: true } };
  /** The file the user picked. */
  declare file: File | undefined;
  declare earlier: RunRecord[];
  private checked?: File;

  constructor() {
    super();
    new LocaleController(this);
    this.file = undefined;
    this.earlier = [];
  }

  override updated(): void {
    if (this.file === this.checked) return;
    this.checked = this.file;
    void this.check(this.file);
  }

  private async check(file: File | undefined): Promise<void> {
    this.earlier = [];
    if (!file || file.size > MAX_HASH_BYTES) return;
    const candidates = await completedRunsOfSize(file.size).catch(() => []);
    if (candidates.length === 0) return;
    const hash = await sha256Hex(file).catch(() => '');
    if (file === this.checked) this.earlier = candidates.filter((r) => r.fileSha256 === hash);
  }

  override render() {
    const m = this.earlier;
    if (m.length === 0) return html``;
    return html`<p role="alert" data-testid="same-file" data-run-id=${m[0].id}>
      ${t('samefile.found', { date: fmtDate(m[0].startedAt), name: m[0].name, n: m.length })}
      ${m.map((r) => html` <a href=${href(`runs/${r.id}`)}>${t('samefile.open', { name: r.name })}</a>`)}
      ${t('samefile.hint')}</p>`;
  }
}
customElements.define('ll-same-file', SameFile);
declare global { interface HTMLElementTagNameMap { 'll-same-file': SameFile } }
