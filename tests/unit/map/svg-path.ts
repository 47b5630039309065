// ── An SVG path reader written for these tests, independent of src/map/path.ts ──────────────────
// It knows M/m, L/l and Z/z, implicit line-tos after a move and after a line, numbers such as
// "-.5", ".5", "12.3" separated by spaces, commas or nothing but a sign ("10-10"). Coordinates are
// returned in integer units of 10^-digits so sums are exact; a number with more decimals than
// `digits` (float noise such as 0.30000000000000004) makes it throw.

type Token = { kind: 'command'; value: string } | { kind: 'number'; text: string };

function tokenize(d: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < d.length) {
    const char = d[i]!;
    if (char === ' ' || char === ',' || char === '\n' || char === '\t') {
      i++;
    } else if ('MmLlZz'.includes(char)) {
      tokens.push({ kind: 'command', value: char });
      i++;
    } else if (char === '-' || char === '+' || char === '.' || (char >= '0' && char <= '9')) {
      let j = i;
      if (d[j] === '-' || d[j] === '+') j++;
      while (j < d.length && d[j]! >= '0' && d[j]! <= '9') j++;
      if (d[j] === '.') {
        j++;
        while (j < d.length && d[j]! >= '0' && d[j]! <= '9') j++;
      }
      const text = d.slice(i, j);
      if (!/\d/.test(text)) throw new Error(`bad number at ${i} in ${d}`);
      tokens.push({ kind: 'number', text });
      i = j;
    } else {
      throw new Error(`unexpected character ${JSON.stringify(char)} at ${i}`);
    }
  }
  return tokens;
}

/** A number's text in integer units of 10^-digits; throws when it has more decimals than that. */
function units(text: string, digits: number): number {
  const decimals = text.includes('.') ? text.split('.')[1]!.length : 0;
  if (decimals > digits) throw new Error(`${text} has ${decimals} decimals, more than ${digits}`);
  return Math.round(Number(text) * 10 ** digits);
}

export type Point = [number, number];
export interface Subpath {
  points: Point[];
  closed: boolean;
}

/** The absolute points of each subpath, in units of 10^-digits. */
export function readPath(d: string, digits: number): Subpath[] {
  const tokens = tokenize(d);
  const subpaths: Subpath[] = [];
  let current: Subpath | undefined;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.kind === 'command') {
      command = token.value;
      i++;
      if (command === 'z' || command === 'Z') {
        if (!current) throw new Error('z without a subpath');
        current.closed = true;
        x = startX;
        y = startY;
        current = undefined;
      }
      continue;
    }
    const second = tokens[i + 1];
    if (!second || second.kind !== 'number') throw new Error(`odd number of coordinates at token ${i}`);
    const a = units(token.text, digits);
    const b = units(second.text, digits);
    i += 2;
    const relative = command === command.toLowerCase();
    if (command === 'm' || command === 'M') {
      x = relative ? x + a : a;
      y = relative ? y + b : b;
      startX = x;
      startY = y;
      current = { points: [[x, y]], closed: false };
      subpaths.push(current);
      command = relative ? 'l' : 'L'; // pairs after a move are lines
    } else if (command === 'l' || command === 'L') {
      if (!current) {
        // A line after z starts a new subpath at the closed subpath's start.
        current = { points: [[x, y]], closed: false };
        subpaths.push(current);
      }
      x = relative ? x + a : a;
      y = relative ? y + b : b;
      current.points.push([x, y]);
    } else {
      throw new Error(`coordinates without a command at token ${i}`);
    }
  }
  return subpaths;
}

export const allPoints = (subpaths: Subpath[]): Point[] => subpaths.flatMap((subpath) => subpath.points);

/** Twice the signed area of a closed ring (shoelace), in square units. */
export function doubleArea(points: Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}
