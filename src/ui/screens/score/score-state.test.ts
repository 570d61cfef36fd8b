// Score screen helpers: form defaults, per-field error sentences (field + rule) and load-error texts.
import { describe, expect, it } from 'vitest';
import type { ModelInfo } from '../../../bridge/contracts';
import type { RowError } from '../../../core/validate';
import { setLocale } from '../../i18n/i18n';
import { errorsByField, fromValues, initialValues, loadErrorText, toRaw } from './score-state';

describe('score-state', () => {
  it('starts the form from card defaults, blank for unknown categories and IDs', () => {
    const info = {
      fields: [
        { name: 'CustomerID', type: 'id', required: false },
        { name: 'Age', type: 'integer', required: false, default: 43 },
        { name: 'Gender', type: 'category', required: false, default: null, categories: ['Female', 'Male'] },
      ],
      defaults: { CustomerID: '', Age: 43, Gender: null },
    } as unknown as ModelInfo;
    expect(initialValues(info)).toEqual({ CustomerID: '', Age: '43', Gender: '' });
    expect(fromValues({ Age: 5, Gender: null })).toEqual({ Age: '5', Gender: '' });
  });

  it('names the field and the rule in each error, in the active language', () => {
    setLocale('en');
    const errs: RowError[] = [
      { row: 1, column: 'Age', value: '300', reason: { code: 'out_of_range', min: 0, max: 120 }, message: '' },
      { row: 1, column: 'WebsiteVisits', value: 'x', reason: { code: 'not_a_number' }, message: '' },
      { row: 1, column: 'EmailOpens', value: '', reason: { code: 'missing_required' }, message: '' },
      { row: 1, column: 'NewField', value: '1.5', reason: { code: 'not_an_integer' }, message: '' },
    ];
    expect(errorsByField(errs)).toEqual({
      Age: 'Age: must be between 0 and 120.',
      WebsiteVisits: 'Website visits: enter a number, for example 12.5.',
      EmailOpens: 'Email opens: a value is required.',
      NewField: 'NewField: enter a whole number.',
    });
    setLocale('pl');
    expect(errorsByField(errs.slice(0, 1)).Age).toBe('Wiek: wartość musi być między 0 a 120.');
    setLocale('en');
  });

  it('translates model load failures by code', () => {
    setLocale('en');
    expect(loadErrorText(new Error('[checksum_mismatch] x.onnx: sha256 …'))).toMatch(/checksum mismatch/);
    expect(loadErrorText(new Error('[fetch_failed] http://x/models/index.json: HTTP 404'))).toMatch(/could not be downloaded \(http:\/\/x\/models\/index.json: HTTP 404\)/);
    expect(loadErrorText(new Error('boom'))).toBe('Something went wrong: boom');
  });
});

describe('toRaw decimal commas', () => {
  it('reads "1,5" as 1.5 in ru and pl, never in en', () => {
    expect(toRaw({ ClickThroughRate: '0,15', Income: '84 642' }, 'ru').ClickThroughRate).toBe('0.15');
    expect(toRaw({ ClickThroughRate: '0,15' }, 'pl').ClickThroughRate).toBe('0.15');
    expect(toRaw({ Income: '1,000' }, 'en').Income).toBe('1,000');
  });
});
