/**
 * Rewrites the absolute SVG paths d3-geo writes (`M12.3,45.6L13.4,46.7Z`) as relative ones
 * (`m12.3 45.6 1.1 1.1z`): small steps take fewer characters than full coordinates, which keeps the
 * map within its byte budget. Input coordinates are rounded to `digits` decimals already, so the
 * steps are exact: the drawn shape does not change.
 */
export function toRelativePath(d: string, digits = 1): string {
  const scale = 10 ** digits;
  const tokens = d.match(/[MLZ]|-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  let out = '';
  // Current point and start of the current subpath, in integer units of 10^-digits.
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  let previous = ''; // last command written, to leave out repeated ones
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (/^[MLZ]$/i.test(token)) {
      command = token.toUpperCase();
      i++;
      if (command === 'Z') {
        out += 'z';
        previous = 'z';
        x = startX;
        y = startY;
      }
      continue;
    }
    const nx = Math.round(Number(tokens[i]) * scale);
    const ny = Math.round(Number(tokens[i + 1]) * scale);
    i += 2;
    const dx = nx - x;
    const dy = ny - y;
    if (command === 'M') {
      out += `m${number(dx, scale)}${pair(dy, scale)}`;
      previous = 'm';
      startX = nx;
      startY = ny;
      command = 'L'; // further pairs after M are lines
    } else {
      // After `m`, pairs are implicit lines; after `l`, implicit lines too.
      const prefix = previous === 'm' || previous === 'l' ? separator(dx) : 'l';
      out += `${prefix}${number(dx, scale)}${pair(dy, scale)}`;
      previous = 'l';
    }
    x = nx;
    y = ny;
  }
  return out;
}

function number(units: number, scale: number): string {
  const text = String(units / scale);
  return text.replace(/^(-?)0\./, '$1.');
}

/** The second number of a pair: a minus sign separates it on its own, anything else needs a space. */
function pair(units: number, scale: number): string {
  return separator(units) + number(units, scale);
}

function separator(units: number): string {
  return units < 0 ? '' : ' ';
}
