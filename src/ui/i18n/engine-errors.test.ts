// Engine error codes become the user's language; unknown codes fall back to the English detail.
import { describe, expect, it } from 'vitest';
import { engineErrorText } from './engine-errors';
import { setLocale } from './i18n';

describe('engineErrorText', () => {
  it('translates known codes and keeps the detail of unknown ones', () => {
    setLocale('ru');
    expect(engineErrorText(new Error('[file_changed] This is not the file'))).toMatch(/Это не тот файл/);
    expect(engineErrorText(new Error('[missing_required_columns] TimeOnSite'))).toBe('Отсутствуют обязательные столбцы: Время на сайте [TimeOnSite]');
    expect(engineErrorText(new Error('[missing_required_columns] customerId, date'))).toContain('ID клиента [customerId], Дата [date]');
    expect(engineErrorText(new Error('[weird_code] Something odd'))).toBe('Something odd');
    expect(engineErrorText('plain message')).toBe('plain message');
    setLocale('en');
    expect(engineErrorText(new Error('[quota_exceeded] x'))).toMatch(/storage quota reached/);
  });
});
