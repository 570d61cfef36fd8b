/** Styles of the lead card (its screens and the shared body). */
import { css } from 'lit';
import { batchUiStyles } from '../../components/batch-ui/batch-ui.styles';

export const leadCardStyles = [batchUiStyles, css`
  .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); gap: 1rem; align-items: start; }
  .grid > * { min-width: 0; }
  /* On a phone a table scrolls inside itself, and row labels wrap so the values stay in view. */
  @media (max-width: 48rem) { table { display: block; overflow-x: auto; max-width: 100%; } th[scope='row'] { white-space: normal; } }
  .stats dd { overflow-wrap: anywhere; }
  .big { font-size: 2rem; font-weight: 700; margin: 0; }
`];
