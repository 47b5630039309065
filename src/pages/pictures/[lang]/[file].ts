/**
 * `/pictures/<edition>/<name>.svg` and `.png`: the profile's map (each view) and charts as files to
 * download, in the edition's language. Each edition's SVG files are composed once, here; each PNG is
 * drawn once, by its own route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPictures } from '../../../pictures/load.ts';
import { LOCALES } from '../../../i18n/languages.ts';
import { renderPng } from '../../../pictures/png.ts';
import { PICTURE_FORMATS, type PictureFormat } from '../../../pictures/names.ts';

export const getStaticPaths = (async () => {
  const site = import.meta.env.SITE;
  const editions = await Promise.all(
    LOCALES.map(async (locale) => ({ locale, pictures: await loadPictures(locale, site) })),
  );
  return editions.flatMap(({ locale, pictures }) =>
    pictures.flatMap((picture) =>
      PICTURE_FORMATS.map((format) => ({
        params: { lang: locale, file: `${picture.name}.${format}` },
        props: { svg: picture.svg, format },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { svg, format } = props as { svg: string; format: PictureFormat };
  if (format === 'svg') {
    return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
  }
  return new Response(new Uint8Array(await renderPng(svg)), { headers: { 'content-type': 'image/png' } });
};
