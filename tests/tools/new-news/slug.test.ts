import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify, slugOf } from '../../../tools/new-news/slug.ts';

describe('slugify', () => {
  it.each([
    ['Perú regulariza a 500.000 venezolanos', 'peru-regulariza-a-500000-venezolanos'],
    ['Peru will regularize 500,000 Venezuelans', 'peru-will-regularize-500000-venezuelans'],
    ['Niñas y niños: año escolar', 'ninas-y-ninos-ano-escolar'],
    ['Pingüinos y cigüeñas', 'pinguinos-y-ciguenas'],
    ['Ça va, Françoise? Ação em São Paulo', 'ca-va-francoise-acao-em-sao-paulo'],
    ['ÁÉÍÓÚ áéíóú Ñ', 'aeiou-aeiou-n'],
    ['Straße, Æther, Œuvre, Øresund, Łódź', 'strasse-aether-oeuvre-oresund-lodz'],
    ['«Coyote 2020»: operativo contra «Los Embajadores»', 'coyote-2020-operativo-contra-los-embajadores'],
    ['“Quoted” and ‘single’ and "straight"', 'quoted-and-single-and-straight'],
    ["Peru's new permit, Venezuela’s exodus", 'perus-new-permit-venezuelas-exodus'],
    ['¿Qué pasó en Tacna? ¡Todo!', 'que-paso-en-tacna-todo'],
    ['Decreto Supremo N° 010-2020-IN (El Peruano)', 'decreto-supremo-n-010-2020-in-el-peruano'],
    ['COVID-19 — la respuesta; 22/10/2020', 'covid-19-la-respuesta-22-10-2020'],
    ['1,7 millones de peruanos', '1-7-millones-de-peruanos'],
    ['🇵🇪 Perú 🚀 y Chile 🇨🇱', 'peru-y-chile'],
    ['   many    spaces\tand\ttabs   here  ', 'many-spaces-and-tabs-here'],
    ['--- hyphens -- everywhere ---', 'hyphens-everywhere'],
    ['ALL CAPS TITLE', 'all-caps-title'],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it.each(['', '   ', '¡¿!?', '«»', '🚀 🇵🇪', '北京移民'])('gives an empty slug for %j', (title) => {
    expect(slugify(title)).toBe('');
  });

  it('keeps a long title’s first and last words, whole, within the limit', () => {
    const title =
      'El Gobierno del Perú aprueba medidas especiales, excepcionales y temporales para regularizar ' +
      'la situación migratoria de extranjeros en 2021';
    const full = slugify(title, Infinity);
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('el-gobierno-del-peru-aprueba-medidas-extranjeros-en-2021');
    // Whole words only: every word of the slug is a word of the title, in order.
    expect(full.split('-')).toEqual(expect.arrayContaining(slug.split('-')));
    expect(slugOf(title)).toEqual({ slug, cut: true });
  });

  it('keeps the year that tells two long titles apart', () => {
    const lead = 'Peru assumes the pro tempore presidency of the Quito Process on refugees and migrants';
    expect(slugify(`${lead} in 2020`)).not.toBe(slugify(`${lead} in 2021`));
    expect(slugify(`${lead} in 2021`)).toMatch(/-2021$/);
  });

  it('leaves a title that fits exactly alone, and says nothing was cut', () => {
    const title = `${'a'.repeat(29)} ${'b'.repeat(30)}`;
    expect(slugOf(title)).toEqual({ slug: `${'a'.repeat(29)}-${'b'.repeat(30)}`, cut: false });
    expect(slugOf(`${title} ccc`)).toEqual({ slug: `${'a'.repeat(29)}-ccc`, cut: true });
  });

  it('cuts a single word longer than the limit', () => {
    expect(slugify('x'.repeat(80))).toBe('x'.repeat(MAX_SLUG_LENGTH));
    expect(slugify(`a b ${'x'.repeat(80)}`)).toBe(`a-b-${'x'.repeat(MAX_SLUG_LENGTH - 4)}`);
  });

  it('gives ids of the shape news ids already have', () => {
    for (const title of ['Perú: «500.000» — ¿venezolanos?', 'Año 2020 ', 'A-B']) {
      expect(slugify(title)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
