/** Styles of the run summary (shared batch look plus the bars layout). */
import { css } from 'lit';
import { batchUiStyles } from '../batch-ui/batch-ui.styles';

export const runSummaryStyles = [batchUiStyles, css`
  .bars { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); gap: 1.5rem; margin: 1rem 0; }
  .errors { max-height: 20rem; }
`];
