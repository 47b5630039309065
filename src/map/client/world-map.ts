/**
 * `<world-map>`: the map's behaviour in the browser (view and year controls, tooltip on hover, tap
 * and keyboard focus, arrow keys between countries, the sortable table, the state kept in the address
 * for links, back and forward, the embed snippet and copy-link button). The build draws the map and
 * its default view; this element swaps in the other views with the build's own functions
 * (`figures.ts`, `payload.ts`, `format.ts`) and the build's row template, so it derives no figure,
 * word or markup of its own. Each element reads only its own subtree: two maps on a page are
 * independent. Its brotli size is budgeted (see `npm run bench`).
 */
import { embedSnippet } from '../../profile/embeds.ts';
import { formatCount, formatShare } from '../../lib/format.ts';
import { countryLabel, figureText, shapeClass, trendPoints } from '../figures.ts';
import { mapSearch, readMapState } from '../link-state.ts';
import { countIn, noteIn, ranked, trendOf, womenIn, type MapPayload } from '../payload.ts';
import { targetIndex } from './keyboard.ts';
import { sortCodes, type SortKey } from './table.ts';
import { placeTooltip } from './tooltip.ts';

class WorldMap extends HTMLElement {
  #ready = false;

  connectedCallback(): void {
    if (this.#ready) return;
    this.#ready = true;
    // Set up once the browser is idle: the map is already drawn, so nothing waits for this, and the
    // page's first long task (parsing and laying out the map) is not made longer.
    (window.requestIdleCallback ?? setTimeout)(() => setUp(this));
  }
}
customElements.define('world-map', WorldMap);

function setUp(root: HTMLElement): void {
  const $ = <T extends Element>(selector: string) => root.querySelector(selector) as T;
  const data = JSON.parse($('script[type="application/json"]').textContent!) as MapPayload;
  const { locale, words, views, names } = data;
  const home = root.dataset.home;
  const form = $<HTMLFieldSetElement>('fieldset');
  const svg = $<SVGSVGElement>('svg');
  const tip = $<HTMLElement>('[role=tooltip]');
  const body = $<HTMLTableSectionElement>('tbody');
  const template = $<HTMLTemplateElement>('template');
  const heading = $<HTMLElement>('h1, h2');
  const copy = root.querySelector<HTMLButtonElement>('[data-copy]');
  const snippet = root.querySelector<HTMLTextAreaElement>('textarea');
  const back = root.querySelector<HTMLAnchorElement>('[data-back]');
  const shapes = new Map<string, SVGPathElement>();
  root
    .querySelectorAll<SVGPathElement>('path[data-iso3]')
    .forEach((path) => shapes.set(path.dataset.iso3!, path));

  let view = 0;
  let order: string[] = []; // countries with data in this view, largest first: the arrow-key order
  let sortKey: SortKey = 'count';
  let ascending = false;
  let pinned: string | undefined;

  const count = (code: string) => countIn(data, view, code);
  const womenShare = (code: string) => (womenIn(data, view, code) ?? 0) / count(code);
  const label = (code: string) =>
    countryLabel(names[code]!, count(code), views[view]!.total, views[view]!.year, locale, words);
  const drawnOrder = () => order.filter((code) => shapes.has(code));
  // The state an address asks for (the view the build drew, for none).
  const stateOf = (search: string) =>
    readMapState(search, views, fallback, (v, code) => shapes.has(code) && countIn(data, v, code) > 0);
  let fallback = 0;

  function chooseView(): void {
    const direction = form.querySelector<HTMLInputElement>('input:checked')!.value;
    const year = Number(form.querySelector('select')!.value);
    view = views.findIndex((v) => v.direction === direction && v.year === year);
    order = ranked(data, view);
  }

  function render(): void {
    const { total, label: mapLabel, caption, status } = views[view]!;
    const first = drawnOrder()[0];
    // Only countries with data in some view change; the others stay as the build drew them.
    for (const code of Object.keys(data.counts)) {
      const path = shapes.get(code);
      if (!path || code === home) continue;
      const title = path.querySelector('title')!;
      const n = count(code);
      path.setAttribute('class', shapeClass(n));
      if (n > 0) {
        path.setAttribute('role', 'img');
        path.setAttribute('aria-label', (title.textContent = label(code)));
        path.setAttribute('tabindex', code === first ? '0' : '-1');
      } else {
        for (const name of ['role', 'aria-label', 'tabindex']) path.removeAttribute(name);
        title.textContent = `${names[code]}: ${words.noData}`;
      }
    }
    svg.setAttribute('aria-label', mapLabel);
    $('caption').textContent = caption;
    const [other, all] = root.querySelectorAll('tfoot td:first-of-type');
    const rest = total - order.reduce((sum, code) => sum + count(code), 0);
    other!.textContent = formatCount(rest, locale);
    other!.nextElementSibling!.textContent = formatShare(rest / total, locale);
    all!.textContent = formatCount(total, locale);
    $('[aria-live]').textContent = status;
    fillTable();
    hide();
  }

  /** The table's rows, from the build's row template, in the reader's chosen order. */
  function fillTable(): void {
    const { total } = views[view]!;
    const rows = sortCodes(order, sortKey, ascending, (code) => names[code]!, count, locale, womenShare).map(
      (code) => {
        const row = (template.content.cloneNode(true) as DocumentFragment)
          .firstElementChild as HTMLTableRowElement;
        const [name, notDrawn, news, profile, note] = row.querySelector('th')!
          .children as unknown as HTMLElement[];
        row.dataset.iso3 = code;
        name!.textContent = names[code]!;
        if (shapes.has(code)) notDrawn!.remove();
        const link = data.news[code];
        if (link) Object.assign(news!, link);
        else news!.remove();
        const slug = data.profiles?.slugs[code];
        if (slug)
          Object.assign(profile!, { href: `${data.profiles!.base}${slug}/`, text: data.profiles!.text });
        else profile!.remove();
        const remark = noteIn(data, view, code);
        if (remark) note!.textContent = `${words.dataNote}: ${remark}`;
        else note!.remove();
        const [people, share, women] = row.querySelectorAll('td');
        people!.textContent = formatCount(count(code), locale);
        share!.textContent = formatShare(count(code) / total, locale);
        if (women) women.textContent = formatShare(womenShare(code), locale);
        return row;
      },
    );
    body.replaceChildren(...rows);
    root.querySelectorAll('thead th').forEach((th) => {
      const key = th.querySelector('button')!.dataset.sort;
      th.setAttribute('aria-sort', key === sortKey ? (ascending ? 'ascending' : 'descending') : 'none');
    });
  }

  function show(code: string, x?: number, y?: number): void {
    const path = shapes.get(code);
    if (!path || count(code) === 0) return hide();
    root.querySelectorAll('.hl').forEach((element) => element.classList.remove('hl'));
    path.classList.add('hl');
    body.querySelector(`[data-iso3="${code}"]`)?.classList.add('hl');
    const { total, year } = views[view]!;
    const remark = noteIn(data, view, code);
    const lines = [figureText(count(code), total, year, locale, words)];
    if (data.women) lines.push(`${formatShare(womenShare(code), locale)} ${words.women}`);
    tip.replaceChildren(
      Object.assign(document.createElement('strong'), { textContent: names[code]! }),
      ...lines.map((line) => Object.assign(document.createElement('span'), { textContent: line })),
      trendLine(code),
      Object.assign(document.createElement('span'), { textContent: words.source }),
      ...(remark ? [Object.assign(document.createElement('small'), { textContent: remark })] : []),
    );
    tip.hidden = false;
    if (x === undefined || y === undefined) {
      const box = path.getBoundingClientRect();
      x = box.left + box.width / 2;
      y = box.top + box.height / 2;
    }
    placeTooltip(tip, x, y);
  }

  /** The country's figures over the years of this view's direction, as a small line (decoration: the
   *  numbers are in the table). */
  function trendLine(code: string): SVGSVGElement {
    const ns = 'http://www.w3.org/2000/svg';
    const line = document.createElementNS(ns, 'svg');
    line.setAttribute('class', 'trend');
    line.setAttribute('viewBox', '-3 -3 126 30');
    line.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(ns, 'polyline');
    path.setAttribute('points', trendPoints(trendOf(data, view, code), 120, 24));
    line.append(path);
    return line;
  }

  function hide(): void {
    pinned = undefined;
    tip.hidden = true;
    root.querySelectorAll('.hl').forEach((element) => element.classList.remove('hl'));
  }

  /** Pins a country's figures open: the selected country of the address. */
  function select(code: string, x?: number, y?: number): void {
    show(code, x, y);
    pinned = code;
  }

  /** Shows the state of the address (on opening, and on back and forward). */
  function restore(): void {
    const state = stateOf(location.search);
    const { direction, year } = views[state.view]!;
    form.querySelector<HTMLInputElement>(`input[value="${direction}"]`)!.checked = true;
    form.querySelector('select')!.value = String(year);
    chooseView();
    render();
    if (state.country) select(state.country);
    share();
  }

  /**
   * Writes the reader's view, year and country in the address, as a history entry back and forward
   * walk (replacing the entry instead inside another site's frame, whose history is not ours).
   */
  function remember(): void {
    const next = mapSearch(views, { view, country: pinned });
    if (next === mapSearch(views, stateOf(location.search))) return;
    history[top === self ? 'pushState' : 'replaceState'](null, '', `${next}#${heading.id}`);
    share();
  }

  /** The embed snippet and the link back to the profile follow the address. */
  function share(): void {
    const withState = (url: string) => {
      const address = new URL(url);
      address.search = location.search;
      return address.href;
    };
    if (back) back.href = withState(back.href);
    if (snippet)
      snippet.value = embedSnippet(
        withState(snippet.dataset.src!),
        snippet.dataset.title!,
        Number(snippet.dataset.height),
      );
  }

  const codeOf = (target: EventTarget | null) =>
    (target as Element | null)?.closest?.('[data-iso3]')?.getAttribute('data-iso3') ?? undefined;

  svg.addEventListener('pointermove', (event) => {
    const code = codeOf(event.target);
    if (event.pointerType === 'mouse' && !pinned) code ? show(code, event.clientX, event.clientY) : hide();
  });
  svg.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse' && !pinned) hide();
  });
  svg.addEventListener('click', (event) => {
    const code = codeOf(event.target);
    if (code && count(code) > 0 && code !== pinned) select(code, event.clientX, event.clientY);
    else hide();
    remember();
  });
  document.addEventListener('click', (event) => {
    if (pinned && !root.contains(event.target as Node)) {
      hide();
      remember();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      hide();
      remember();
    }
  });
  svg.addEventListener('focusin', (event) => {
    const code = codeOf(event.target);
    if (code) show(code);
  });
  svg.addEventListener('focusout', () => hide());
  svg.addEventListener('keydown', (event) => {
    const code = codeOf(event.target);
    if (code && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(code);
      return remember();
    }
    const drawn = drawnOrder();
    const at = code ? drawn.indexOf(code) : -1;
    const next = at < 0 ? undefined : targetIndex(event.key, at, drawn.length);
    if (next === undefined) return;
    event.preventDefault();
    const target = shapes.get(drawn[next]!)!;
    shapes.get(code!)!.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
    target.focus();
  });

  body.addEventListener('click', (event) => {
    const code = codeOf(event.target);
    if (!code || !(event.target as Element).closest('button')) return;
    event.stopPropagation();
    if (shapes.has(code)) {
      svg.scrollIntoView({ block: 'nearest' });
      select(code);
      remember();
    }
  });
  $('thead').addEventListener('click', (event) => {
    const key = (event.target as Element).closest('button')?.dataset.sort as SortKey | undefined;
    if (!key) return;
    ascending = key === sortKey ? !ascending : key === 'name';
    sortKey = key;
    fillTable();
  });
  form.addEventListener('change', () => {
    // The selected country stays selected in the new view when it has a figure there.
    const kept = pinned;
    chooseView();
    render();
    if (kept && count(kept) > 0) select(kept);
    remember();
  });
  addEventListener('popstate', restore);
  copy?.addEventListener('click', () => {
    const status = copy.nextElementSibling!;
    navigator.clipboard.writeText(location.href).then(
      () => (status.textContent = words.copied),
      () => (status.textContent = words.copyFailed),
    );
  });
  chooseView();
  fallback = view;
  restore();
  if (copy) copy.hidden = false;
  form.disabled = false;
}
