/**
 * The search page's behaviour: on submit (or a `?q=` address), load Pagefind's index for the page's
 * language and list the results. Results are written with textContent only: excerpts come from the
 * index as HTML and are reduced to text, never inserted as markup.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>('.search-form');
if (form) initSearch(form);

function initSearch(form: HTMLFormElement): void {
  const input = form.querySelector('input')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const text = form.dataset as Record<string, string>;
  let pagefind: Promise<Pagefind> | undefined;

  const plain = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

  async function search(query: string): Promise<void> {
    status.textContent = text.loading!;
    list.replaceChildren();
    try {
      // A path built at run time, so the bundler leaves it to the browser.
      const url = '/pagefind/pagefind.js';
      pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
      const { results } = await (await pagefind).search(query);
      const found = await Promise.all(results.slice(0, 20).map((result) => result.data()));
      list.replaceChildren(
        ...found.map((item) => {
          const entry = document.createElement('li');
          const heading = document.createElement('h2');
          const link = Object.assign(document.createElement('a'), {
            href: item.url,
            textContent: item.meta.title ?? item.url,
          });
          heading.append(link);
          entry.append(
            heading,
            Object.assign(document.createElement('p'), { textContent: plain(item.excerpt) }),
          );
          return entry;
        }),
      );
      const template = found.length === 0 ? text.none! : found.length === 1 ? text.resultOne! : text.results!;
      // One pass, by a function: the query is inserted as text, never read as a replacement pattern
      // (`$&` would copy the match) nor searched again for placeholders.
      const values: Record<string, string> = { q: query, n: String(found.length) };
      status.textContent = template.replace(/\{([qn])\}/g, (_, name: string) => values[name]!);
    } catch {
      pagefind = undefined;
      status.textContent = text.unavailable!;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) return;
    history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
    void search(query);
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}
