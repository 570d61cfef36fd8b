/** Styles of the run history screen. */
import { css } from 'lit';
import { batchUiStyles } from '../../components/batch-ui/batch-ui.styles';

export const runsScreenStyles = [batchUiStyles, css`
  th button { background: none; border: none; color: var(--ll-1d2733, #1d2733); padding: 0; font-weight: 600; }
  th button:hover { text-decoration: underline; }
  div.actions { display: flex; gap: 0.4rem; flex-wrap: wrap; align-items: center; }
  div.actions button, div.actions .btn { padding: 0.2rem 0.6rem; font-size: 0.85rem; }
  .status-completed { color: var(--ll-1b6e3a, #1b6e3a); }
  .status-failed, .status-interrupted { color: var(--ll-a4161a, #a4161a); }
  .status-cancelled, .status-running { color: var(--ll-6b4a00, #6b4a00); }
  .confirm { background: var(--ll-fff4ce, #fff4ce); border: 1px solid var(--ll-8a6d00, #8a6d00); border-radius: 6px; padding: 0.5rem; }
`];
