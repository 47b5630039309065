/**
 * Rewrites the absolute SVG paths d3-geo writes (`M12,45L13,46Z`) as relative ones (`m12 45 1 1z`):
 * small steps take fewer characters than full coordinates, which keeps the map within its byte
 * budget. Input coordinates are already rounded to `digits` decimals, so the steps are exact and the
 * drawn shape does not change. Subpaths that simplification collapsed to a single point are dropped:
 * they draw nothing.
 */
export function toRelativePath(d: string, digits = 1): string {
  const scale = 10 ** digits;
  const subpaths = parseSubpaths(d, scale).filter((points) =>
    points.some(([x, y]) => x !== points[0]![0] || y !== points[0]![1]),
  );
  let out = '';
  // SVG: after `z` the current point is the start of the subpath just closed.
  let x = 0;
  let y = 0;
  for (const points of subpaths) {
    const [[startX, startY], ...rest] = points as [[number, number], ...[number, number][]];
    out += `m${number(startX - x, scale)}${pair(startY - y, scale)}`;
    let px = startX;
    let py = startY;
    for (const [nx, ny] of rest) {
      out += `${separator(nx - px)}${number(nx - px, scale)}${pair(ny - py, scale)}`;
      px = nx;
      py = ny;
    }
    out += points.closed ? 'z' : '';
    // After z the current point returns to the subpath's start; an open subpath ends where it ends.
    [x, y] = points.closed ? [startX, startY] : [px, py];
  }
  return out;
}

type Subpath = [number, number][] & { closed?: boolean };

/** Splits `M…L…Z` into subpaths of points in integer units of 10^-digits. */
function parseSubpaths(d: string, scale: number): Subpath[] {
  const tokens = d.match(/[MLZ]|-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  const subpaths: Subpath[] = [];
  let current: Subpath | undefined;
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!.toUpperCase();
    if (token === 'M') {
      current = [];
      subpaths.push(current);
      i++;
    } else if (token === 'L') {
      i++;
    } else if (token === 'Z') {
      if (current) current.closed = true;
      i++;
    } else {
      current ??= subpaths[subpaths.push([]) - 1]!;
      current.push([Math.round(Number(tokens[i]) * scale), Math.round(Number(tokens[i + 1]) * scale)]);
      i += 2;
    }
  }
  return subpaths.filter((points) => points.length > 0);
}

function number(units: number, scale: number): string {
  return String(units / scale).replace(/^(-?)0\./, '$1.');
}

/** The second number of a pair: a minus sign separates it on its own, anything else needs a space. */
function pair(units: number, scale: number): string {
  return separator(units) + number(units, scale);
}

function separator(units: number): string {
  return units < 0 ? '' : ' ';
}
