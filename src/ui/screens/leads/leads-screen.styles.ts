/** Styles of the scored-leads list: the run history's table look (sort buttons, actions, inline confirm), plus a search field that fits a phone. */
import { css } from 'lit';
import { runsScreenStyles } from '../runs/runs-screen.styles';

export const leadsScreenStyles = [...runsScreenStyles, css`
  .field { flex: 1 1 16rem; min-width: 0; }
  input[type='search'] { width: 100%; box-sizing: border-box; }
  .scroll:focus-visible { outline: 3px solid var(--ll-f4b400, #f4b400); outline-offset: 2px; }
`];
