/** Styles of the batch upload screen. */
import { css } from 'lit';
import { batchUiStyles } from '../../components/batch-ui/batch-ui.styles';
import { duplicatePickerStyles } from '../../components/duplicate-ids/duplicate-ids';

export const batchScreenStyles = [batchUiStyles, duplicatePickerStyles, css`
  .preview { max-height: 16rem; }
  .preview td { font-family: ui-monospace, monospace; font-size: 0.85rem; }
  .encoding.uncertain { border: 2px solid var(--ll-8a6d00, #8a6d00); background: var(--ll-fff4ce, #fff4ce); border-radius: 8px; padding: 0.5rem 0.75rem; }
  input#runName { min-width: 22rem; }
`];
