/**
 * The map's behaviour in the browser: view switching, tooltip (hover, tap, keyboard focus), arrow-key
 * navigation between countries, and the sortable table. It reads the build's JSON payload and the
 * strings on the section's data-* attributes; it draws nothing the build did not draw.
 * Kept small on purpose: its brotli size is budgeted (≤ 2 KB, see `npm run bench`).
 */
interface Payload {
  views: { key: string; direction: string; year: number; total: number }[];
  counts: Record<string, number[]>;
  names: Record<string, string>;
  notes: Record<string, string>;
  /** News items about a country in this edition, linked from its table row. */
  news: Record<string, number>;
}

const root = document.querySelector<HTMLElement>('.world-map');
// Set up once the browser is idle: the map is already drawn, so nothing waits for this, and the
// page's first long task (parsing and laying out the map) is not made longer.
if (root) (window.requestIdleCallback ?? setTimeout)(() => initMap(root));

function initMap(root: HTMLElement): void {
  const $ = <T extends Element>(selector: string) => root.querySelector(selector) as T;
  const data = JSON.parse($<HTMLScriptElement>('#map-data').textContent!) as Payload;
  const text = root.dataset as Record<string, string>;
  const locale = text.locale!;
  const number = new Intl.NumberFormat(locale === 'es' ? 'es' : 'en-GB', { useGrouping: 'always' });
  const percent = new Intl.NumberFormat(locale === 'es' ? 'es' : 'en-GB', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const share = (part: number, whole: number) =>
    part / whole < 0.001 ? '<' + percent.format(0.001) : percent.format(part / whole);
  const form = $<HTMLFieldSetElement>('.map-controls');
  const svg = $<SVGSVGElement>('svg');
  const tip = $<HTMLElement>('[role=tooltip]');
  const status = $<HTMLElement>('#map-status');
  const body = $<HTMLTableSectionElement>('tbody');
  const shapes = new Map<string, SVGPathElement>();
  root
    .querySelectorAll<SVGPathElement>('.countries path[data-iso3]')
    .forEach((path) => shapes.set(path.dataset.iso3!, path));

  let view = data.views.findIndex(
    (v) => v.direction === 'emigrants' && v.year === Number(form.querySelector('select')!.value),
  );
  let order: string[] = []; // countries with data in this view, largest first: the arrow-key order
  let sortKey = 'count';
  let ascending = false;
  let pinned: string | undefined;

  const count = (code: string) => data.counts[code]![view]!;
  const current = () => data.views[view]!;
  const label = (code: string) => {
    const { total, year } = current();
    return `${data.names[code]}: ${number.format(count(code))} ${text.people}, ${share(count(code), total)} ${text.ofTotal}, ${year}`;
  };
  const note = (code: string) => data.notes[`${current().direction}:${code}`] ?? data.notes[`:${code}`];
  const bin = (n: number) => (n < 100 ? 0 : n < 1e3 ? 1 : n < 1e4 ? 2 : n < 1e5 ? 3 : 4);

  /** Countries with data in the view, largest first: the table's default order and the arrow keys'. */
  function updateOrder(): void {
    order = Object.keys(data.counts)
      .filter((code) => count(code) > 0)
      .sort((a, b) => count(b) - count(a) || a.localeCompare(b));
  }

  function render(): void {
    const { direction, year, total } = current();
    updateOrder();
    const drawnOrder = order.filter((code) => shapes.has(code));
    shapes.forEach((path, code) => {
      if (code === 'PER') return;
      const title = path.querySelector('title')!;
      const n = data.counts[code]?.[view] ?? 0;
      if (n > 0) {
        path.setAttribute('class', 'b' + bin(n));
        path.setAttribute('role', 'img');
        path.setAttribute('aria-label', (title.textContent = label(code)));
        path.setAttribute('tabindex', code === drawnOrder[0] ? '0' : '-1');
      } else {
        path.setAttribute('class', 'nd');
        path.removeAttribute('role');
        path.removeAttribute('aria-label');
        path.removeAttribute('tabindex');
        title.textContent = `${data.names[code] ?? title.textContent!.split(':')[0]}: ${text.noData}`;
      }
    });
    const viewName = text[direction]!;
    svg.setAttribute('aria-label', text.mapLabel!.replace('{v}', viewName).replace('{y}', String(year)));
    root.querySelector('caption')!.textContent = `${viewName}, ${year}`;
    const [other, all] = root.querySelectorAll('tfoot td:first-of-type');
    const listed = order.reduce((sum, code) => sum + count(code), 0);
    other!.textContent = number.format(total - listed);
    other!.nextElementSibling!.textContent = share(total - listed, total);
    all!.textContent = number.format(total);
    status.textContent = text
      .showing!.replace('{v}', viewName)
      .replace('{y}', String(year))
      .replace('{n}', String(order.length));
    fillTable();
    hide();
  }

  function fillTable(): void {
    const rows = [...order].sort((a, b) => {
      const by =
        sortKey === 'name' ? data.names[a]!.localeCompare(data.names[b]!, locale) : count(a) - count(b);
      return ascending ? by : -by;
    });
    body.replaceChildren(
      ...rows.map((code) => {
        const row = document.createElement('tr');
        row.dataset.iso3 = code;
        const head = document.createElement('th');
        head.scope = 'row';
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = data.names[code]!;
        head.append(button);
        if (!shapes.has(code))
          head.append(
            Object.assign(document.createElement('span'), {
              className: 'muted',
              textContent: ` (${text.notDrawn})`,
            }),
          );
        const items = data.news[code];
        if (items) {
          head.append(
            Object.assign(document.createElement('a'), {
              className: 'row-news',
              href: text.newsLink!.replace('{c}', code.toLowerCase()),
              textContent: items === 1 ? text.newsOne! : text.newsLabel!.replace('{n}', String(items)),
            }),
          );
        }
        const remark = note(code);
        if (remark)
          head.append(
            Object.assign(document.createElement('span'), { className: 'row-note', textContent: remark }),
          );
        row.append(head);
        for (const value of [number.format(count(code)), share(count(code), current().total)]) {
          row.append(
            Object.assign(document.createElement('td'), { className: 'number', textContent: value }),
          );
        }
        return row;
      }),
    );
    root.querySelectorAll('thead th').forEach((th) => {
      const key = th.querySelector('button')!.dataset.sort;
      th.setAttribute('aria-sort', key === sortKey ? (ascending ? 'ascending' : 'descending') : 'none');
    });
  }

  function show(code: string, x?: number, y?: number): void {
    const path = shapes.get(code);
    if (!path || !data.counts[code] || count(code) === 0) return hide();
    root.querySelectorAll('.hl').forEach((el) => el.classList.remove('hl'));
    path.classList.add('hl');
    body.querySelector(`[data-iso3="${code}"]`)?.classList.add('hl');
    const lines = [label(code).split(': ')[1]!, text.source!];
    const extra = note(code);
    tip.replaceChildren(
      Object.assign(document.createElement('strong'), { textContent: data.names[code]! }),
      ...lines.map((line) => Object.assign(document.createElement('span'), { textContent: line })),
      ...(extra ? [Object.assign(document.createElement('small'), { textContent: extra })] : []),
    );
    tip.hidden = false;
    const frame = tip.parentElement!.getBoundingClientRect();
    if (x === undefined || y === undefined) {
      const box = path.getBoundingClientRect();
      x = box.left + box.width / 2;
      y = box.top + box.height / 2;
    }
    // Keep the tooltip inside the viewport: flip left of / above the point when it would overflow.
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    let left = x + 12;
    let top = y + 12;
    if (left + width > innerWidth - 8) left = Math.max(8, x - width - 12);
    if (top + height > innerHeight - 8) top = Math.max(8, y - height - 12);
    tip.style.left = `${left - frame.left}px`;
    tip.style.top = `${top - frame.top}px`;
  }

  function hide(): void {
    pinned = undefined;
    tip.hidden = true;
    root.querySelectorAll('.hl').forEach((el) => el.classList.remove('hl'));
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
    if (code && data.counts[code] && code !== pinned) {
      show(code, event.clientX, event.clientY);
      pinned = code;
    } else hide();
  });
  document.addEventListener('click', (event) => {
    if (pinned && !root.contains(event.target as Node)) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  svg.addEventListener('focusin', (event) => {
    const code = codeOf(event.target);
    if (code) show(code);
  });
  svg.addEventListener('focusout', () => hide());
  svg.addEventListener('keydown', (event) => {
    const code = codeOf(event.target);
    const drawn = order.filter((c) => shapes.has(c));
    const at = code ? drawn.indexOf(code) : -1;
    const step: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowDown: at + 1,
      ArrowLeft: at - 1,
      ArrowUp: at - 1,
      Home: 0,
      End: drawn.length - 1,
    };
    const next = step[event.key];
    if (next === undefined || at < 0) return;
    event.preventDefault();
    const target = shapes.get(drawn[Math.max(0, Math.min(drawn.length - 1, next))]!)!;
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
      show(code);
      pinned = code;
    }
  });
  root.querySelector('thead')!.addEventListener('click', (event) => {
    const key = (event.target as Element).closest('button')?.dataset.sort;
    if (!key) return;
    ascending = key === sortKey ? !ascending : key === 'name';
    sortKey = key;
    fillTable();
  });
  form.addEventListener('change', () => {
    const direction = form.querySelector<HTMLInputElement>('input:checked')!.value;
    const year = Number(form.querySelector('select')!.value);
    view = data.views.findIndex((v) => v.direction === direction && v.year === year);
    render();
  });
  updateOrder();
  form.disabled = false;
}
