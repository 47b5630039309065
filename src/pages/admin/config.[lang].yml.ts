/**
 * `/admin/config.<lang>.yml`: the browser editor's configuration in each edition's language
 * (src/admin/config.ts). The editor's page loads the one of its user's language.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { configYaml, editorConfig } from '../../admin/config.ts';
import { countryChoices } from '../../admin/choices.ts';
import { editorSettings } from '../../admin/settings.ts';
import { LOCALES, type Locale } from '../../i18n/languages.ts';

export const getStaticPaths = (() => LOCALES.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const locale = params.lang as Locale;
  const settings = editorSettings(process.env, String(site));
  return new Response(configYaml(editorConfig(locale, settings, countryChoices(locale))), {
    headers: { 'content-type': 'application/yaml; charset=utf-8' },
  });
};
