/** Styles of the lead card. */
import { css } from 'lit';
import { batchUiStyles } from '../../components/batch-ui/batch-ui.styles';

export const leadCardStyles = [batchUiStyles, css`
  .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; align-items: start; }
  .big { font-size: 2rem; font-weight: 700; margin: 0; }
`];
