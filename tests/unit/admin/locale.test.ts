/** The editor's language, from the browser's preferred languages (src/admin/client/locale.ts). */
import { describe, expect, it } from 'vitest';
import { configPath, editorLocale } from '../../../src/admin/client/locale.ts';
import { LOCALES } from '../../../src/i18n/languages.ts';

describe('editorLocale', () => {
  it.each([
    [['pt-BR', 'en'], 'pt'],
    [['fr-FR', 'en-GB', 'es'], 'en'],
    [['ES-pe'], 'es'],
    [['fr', 'de'], 'es'],
    [[], 'es'],
  ] as const)('%j → %s', (preferred, locale) => {
    expect(editorLocale(preferred, LOCALES)).toBe(locale);
  });

  it('loads the configuration written in that language', () => {
    expect(configPath('pt')).toBe('/admin/config.pt.yml');
  });
});
