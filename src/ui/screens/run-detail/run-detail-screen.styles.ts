/** Styles of the run-detail screen. */
import { css } from 'lit';
import { batchUiStyles } from '../../components/batch-ui/batch-ui.styles';

export const runDetailStyles = [batchUiStyles, css`
  .filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-end; margin: 0.75rem 0; }
  fieldset { border: 1px solid var(--ll-d5dbe3, #d5dbe3); border-radius: 6px; padding: 0.3rem 0.6rem; margin: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 0.6rem; }
  legend { font-weight: 600; font-size: 0.85rem; }
  .top { display: grid; grid-template-columns: minmax(18rem, 1fr) minmax(18rem, 1fr); gap: 1rem; align-items: start; }
  @media (max-width: 60rem) { .top { grid-template-columns: minmax(0, 1fr); } }
`];
