/**
 * The pictures to download and their addresses: `/pictures/<edition>/<name>.svg` and `.png`, one set
 * per edition, in its language. A chart's picture is named by its figure's id on the profile
 * (`chart-stocks`), the map's by its view (`map-emigrants`, `map-immigrants`, the latest year).
 */
import type { Locale } from '../i18n/languages.ts';

export const PICTURE_FORMATS = ['svg', 'png'] as const;
export type PictureFormat = (typeof PICTURE_FORMATS)[number];

export const CHART_PICTURES = ['chart-stocks', 'chart-venezuelans', 'chart-by-sex'] as const;

/** The picture of a map view: `map-emigrants`. */
export function mapPictureName(direction: string): string {
  return `map-${direction}`;
}

/** `/pictures/en/chart-stocks.png` */
export function picturePath(locale: Locale, name: string, format: PictureFormat): string {
  return `/pictures/${locale}/${name}.${format}`;
}
