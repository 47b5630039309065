/**
 * `<rate-map>`: the index map's behaviour in the browser. Every country is already a link to its
 * profile (click, tap or Enter open it without this script); this adds the profiles' map's keyboard
 * model — one tab stop, then the arrow keys from the highest rate to the lowest, Home and End — and
 * its tooltip on hover and focus, which reads each country's accessible name: the figure the build
 * wrote, so the script derives no word or figure of its own.
 */
import { targetIndex } from './keyboard.ts';
import { placeTooltip } from './tooltip.ts';

class RateMap extends HTMLElement {
  #ready = false;

  connectedCallback(): void {
    if (this.#ready) return;
    this.#ready = true;
    (window.requestIdleCallback ?? setTimeout)(() => setUp(this));
  }
}
customElements.define('rate-map', RateMap);

function setUp(root: HTMLElement): void {
  const svg = root.querySelector('svg')!;
  const tip = root.querySelector<HTMLElement>('[role=tooltip]')!;
  const links = new Map<string, SVGAElement>();
  root.querySelectorAll<SVGAElement>('a[data-iso3]').forEach((link) => links.set(link.dataset.iso3!, link));
  // The table's order (highest rate first), among the countries drawn with a profile.
  const order = [...root.querySelectorAll<HTMLElement>('tbody tr')]
    .map((row) => row.dataset.iso3!)
    .filter((code) => links.has(code));
  // One tab stop: the first country of that order; the others are reached with the arrow keys.
  links.forEach((link, code) => link.setAttribute('tabindex', code === order[0] ? '0' : '-1'));

  const linkOf = (target: EventTarget | null) =>
    (target as Element | null)?.closest?.('a[data-iso3]') as SVGAElement | null;

  function show(link: SVGAElement, x?: number, y?: number): void {
    hide();
    link.classList.add('hl');
    tip.textContent = link.getAttribute('aria-label');
    tip.hidden = false;
    if (x === undefined || y === undefined) {
      const box = link.getBoundingClientRect();
      x = box.left + box.width / 2;
      y = box.top + box.height / 2;
    }
    placeTooltip(tip, x, y);
  }

  function hide(): void {
    tip.hidden = true;
    root.querySelectorAll('.hl').forEach((element) => element.classList.remove('hl'));
  }

  svg.addEventListener('pointermove', (event) => {
    if (event.pointerType !== 'mouse') return;
    const link = linkOf(event.target);
    if (link) show(link, event.clientX, event.clientY);
    else hide();
  });
  svg.addEventListener('pointerleave', hide);
  svg.addEventListener('focusin', (event) => {
    const link = linkOf(event.target);
    if (link) show(link);
  });
  svg.addEventListener('focusout', hide);
  svg.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') return hide();
    const code = linkOf(event.target)?.dataset.iso3;
    const at = code ? order.indexOf(code) : -1;
    const next = at < 0 ? undefined : targetIndex(event.key, at, order.length);
    if (next === undefined) return;
    event.preventDefault();
    links.get(code!)!.setAttribute('tabindex', '-1');
    const target = links.get(order[next]!)!;
    target.setAttribute('tabindex', '0');
    target.focus();
  });
}
