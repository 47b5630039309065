/**
 * The world map as picture bodies, one per direction at its latest year: the shapes `mapModel`
 * shapes for the page, filled by the same bins (`shapeClass`), the colours of `src/map/constants.ts`
 * written on them, with the page's legend of the bins. The map's 9,600 units are drawn at `width`
 * pixels.
 */
import { BIN_FILLS, BORDER_COLOR, NO_DATA_BACKGROUND, NO_DATA_HATCH, PERU_FILL } from '../map/constants.ts';
import { shapeClass } from '../map/figures.ts';
import type { MapModel } from '../map/model.ts';
import { countIn } from '../map/payload.ts';
import { MAP_SEA } from './colours.ts';
import type { PictureBody } from './charts.ts';
import { mapPictureName } from './names.ts';
import { num, type LegendItem } from './svg.ts';

/** Ids of the no-data hatching: on the map (in map units) and in the legend (in pixels). */
const NO_DATA = 'no-data';
const NO_DATA_KEY = 'no-data-key';

/** The patterns the map and its legend refer to: hatching, so "no data" does not rest on colour. */
export const MAP_DEFS =
  `<pattern id="${NO_DATA}" width="70" height="70" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
  `<rect width="70" height="70" fill="${NO_DATA_BACKGROUND}"/><path d="M0 0v70" stroke="${NO_DATA_HATCH}" stroke-width="12"/></pattern>` +
  `<pattern id="${NO_DATA_KEY}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
  `<rect width="5" height="5" fill="${NO_DATA_BACKGROUND}"/><path d="M0 0v5" stroke="${NO_DATA_HATCH}" stroke-width="1.2"/></pattern>`;

/** The fill of a shape class of the model (`b0`…`b4`, `nd`, `pe`); `key` for the legend's swatch. */
export function mapFill(className: string, key = false): string {
  if (className === 'pe') return PERU_FILL;
  if (className === 'nd') return `url(#${key ? NO_DATA_KEY : NO_DATA})`;
  const bin = /^b(\d+)$/.exec(className);
  if (!bin || BIN_FILLS[Number(bin[1])] === undefined)
    throw new Error(`no fill for the map class ${className}`);
  return BIN_FILLS[Number(bin[1])]!;
}

/** The page's legend of the map, with the fills written in. */
export function mapLegend(model: Pick<MapModel, 'legend'>): LegendItem[] {
  return model.legend.map((item) => ({ fill: mapFill(item.className, true), label: item.label }));
}

/** The index in `model.payload.views` of a direction's latest year. */
export function latestView(model: Pick<MapModel, 'payload'>, direction: string): number {
  const index = model.payload.views.findLastIndex((view) => view.direction === direction);
  if (index < 0) throw new Error(`the map has no view of ${direction}`);
  return index;
}

/**
 * The map of one view, `width` pixels wide: shapes grouped by fill (each keeps its own path: paths
 * are written with relative commands, so they cannot be joined), then the borders.
 */
export function mapBody(
  model: Pick<MapModel, 'width' | 'height' | 'shapes' | 'borders' | 'payload'>,
  view: number,
  width: number,
): PictureBody {
  const scale = width / model.width;
  const byClass = new Map<string, string[]>();
  for (const shape of model.shapes) {
    const className =
      shape.className === 'pe'
        ? 'pe'
        : shape.iso3
          ? shapeClass(countIn(model.payload, view, shape.iso3))
          : 'nd';
    byClass.set(className, [...(byClass.get(className) ?? []), shape.d]);
  }
  const groups = [...byClass.keys()].sort().map(
    (className) =>
      `<g fill="${mapFill(className)}">${byClass
        .get(className)!
        .map((d) => `<path d="${d}"/>`)
        .join('')}</g>`,
  );
  const height = num(model.height * scale);
  return {
    svg:
      `<rect width="${width}" height="${height}" fill="${MAP_SEA}"/>` +
      `<g transform="scale(${Math.round(scale * 1e6) / 1e6})">${groups.join('')}` +
      `<path d="${model.borders}" fill="none" stroke="${BORDER_COLOR}" stroke-width="${num(0.5 / scale)}" stroke-linejoin="round"/></g>`,
    height: Number(height),
  };
}

/** The map's pictures, one per direction at its latest year: name, title and the view's short name. */
export function mapPictures(
  model: Pick<MapModel, 'directions' | 'payload'>,
): { name: string; title: string; label: string }[] {
  return model.directions.map((direction) => ({
    name: mapPictureName(direction.value),
    title: model.payload.views[latestView(model, direction.value)]!.caption,
    label: direction.label,
  }));
}
