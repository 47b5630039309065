/**
 * The map's state in its address, so that a link reopens what its sender saw:
 * `?view=emigrants|immigrants&year=YYYY&country=ISO3`. Read by the `<world-map>` element when the page
 * opens and on back/forward, written when a reader changes the view, the year or the country. Imports
 * nothing: it is part of the map script's budget.
 */

/** A view as the payload lists them: a direction and a year. */
interface View {
  direction: string;
  year: number;
}

export interface MapState {
  /** Index of the view in the payload's list. */
  view: number;
  /** The selected country, with its figures shown. */
  country?: string | undefined;
}

/**
 * The state a query string asks for. Each parameter falls back on its own, quietly: an unknown view
 * to the default view's direction; an unknown year (or one the direction lacks) to the default year,
 * else that direction's latest; a country that is not an ISO 3166 alpha-3 code, or that `selectable`
 * refuses in the chosen view (no figure, not drawn), to none.
 */
export function readMapState(
  search: string,
  views: readonly View[],
  fallback: number,
  selectable: (view: number, country: string) => boolean,
): MapState {
  const params = new URLSearchParams(search);
  const byDefault = views[fallback]!;
  const asked = params.get('view');
  const direction = views.some((view) => view.direction === asked) ? asked! : byDefault.direction;
  const find = (year: number) =>
    views.findIndex((view) => view.direction === direction && view.year === year);
  let view = find(Number(params.get('year')));
  if (view < 0) view = find(byDefault.year);
  if (view < 0) view = views.findLastIndex((candidate) => candidate.direction === direction);
  const country = params.get('country')?.toUpperCase();
  return {
    view,
    country: country && /^[A-Z]{3}$/.test(country) && selectable(view, country) ? country : undefined,
  };
}

/** The query string of a state: view, year and, when one is selected, country. */
export function mapSearch(views: readonly View[], state: MapState): string {
  const { direction, year } = views[state.view]!;
  return `?view=${direction}&year=${year}${state.country ? `&country=${state.country}` : ''}`;
}
