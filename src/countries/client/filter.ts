/**
 * The filter box of the index of countries: the list works without it; with it, typing hides the
 * countries whose name does not contain the text (accents and case ignored), hides regions left
 * empty, and a polite live region says how many countries are shown.
 */
import { foldText } from '../../lib/fold-text.ts';

class CountryFilter extends HTMLElement {
  connectedCallback(): void {
    const box = this.querySelector<HTMLElement>('.country-filter');
    const input = this.querySelector<HTMLInputElement>('input');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!box || !input || !status) return;
    const items = [...this.querySelectorAll<HTMLLIElement>('.country-list li')].map((item) => ({
      item,
      name: foldText(item.textContent ?? ''),
    }));
    const sections = [...this.querySelectorAll<HTMLElement>('section')];
    const template = status.dataset.template ?? '{shown} / {total}';
    const update = () => {
      const query = foldText(input.value);
      let shown = 0;
      for (const { item, name } of items) {
        const match = name.includes(query);
        item.hidden = !match;
        if (match) shown++;
      }
      for (const section of sections) section.hidden = !section.querySelector('li:not([hidden])');
      status.textContent = template
        .replace('{shown}', String(shown))
        .replace('{total}', String(items.length));
    };
    input.addEventListener('input', update);
    box.hidden = false;
  }
}

if (!customElements.get('country-filter')) customElements.define('country-filter', CountryFilter);
