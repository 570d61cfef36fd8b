/** Styles of the tier table: the shared batch table look, scrolling inside its own box on phones. */
import { css } from 'lit';
import { batchUiStyles } from '../batch-ui/batch-ui.styles';

export const tierTableStyles = [batchUiStyles, css`
  :host { display: block; margin: 0.5rem 0 1rem; }
  caption { text-align: start; font-weight: 600; padding-bottom: 0.3rem; }
  td, th { font-size: 0.9rem; }
`];
