/** Styles of the re-cluster panel. */
import { css } from 'lit';
import { batchUiStyles } from '../batch-ui/batch-ui.styles';

export const reclusterPanelStyles = [batchUiStyles, css`
  :host { background: var(--ll-ffffff, #fff); border: 1px solid var(--ll-d5dbe3, #d5dbe3); border-radius: 8px; padding: 1rem; margin: 1rem 0; }
  .cols { display: flex; flex-wrap: wrap; gap: 1.5rem; }
`];
