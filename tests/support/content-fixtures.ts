/**
 * What tests take from the committed content to build their fixtures, found by structure, never by
 * wording: a tag of the vocabulary, the id of a headline figure, a row of a table. `npm run
 * check:content` is the only judge of content: a change it accepts (a tag retired as CONTRIBUTING.md
 * says, a title reworded, a table updated) must leave every test testing what it did, so no fixture
 * may depend on a passage, a slug, a tag or a figure an editor can change.
 */
import { readFacts, readSources, readTagVocabulary } from '../../src/content/read.ts';
import { csvField, csvHeader, parseCsv } from '../../src/lib/csv.ts';

/** The tag ids of `content/tags.yaml` under `root`, in the file's order. */
export function vocabularyTags(root = process.cwd()): string[] {
  const ids = readTagVocabulary(root).entries.map((entry) => entry.id);
  // The check refuses a vocabulary without a valid tag: no valid content gets here.
  if (ids.length === 0)
    throw new Error(`${root}/content/tags.yaml has no valid tag: run npm run check:content`);
  return ids;
}

/** A tag a valid test item can carry: the vocabulary's first, whichever it is. */
export const fixtureTag = (root = process.cwd()): string => vocabularyTags(root)[0]!;

/** A headline figure `<ProfileFact id="…" />` can show: the first of `content/profile/facts.yaml`. */
export function fixtureFactId(root = process.cwd()): string {
  const [id] = readFacts(root, readSources(root).ids).ids;
  if (id === undefined)
    throw new Error(`${root}/content/profile/facts.yaml has no figure: run npm run check:content`);
  return id;
}

/** One row of a CSV table as a test changed it: the table's new text, the row's line and its cells before. */
export interface EditedRow {
  text: string;
  line: number;
  cells: Record<string, string>;
}

/**
 * `text` (a CSV table with a header) with the first row that `fits` rewritten with the cells `change`
 * gives, on its own line; every other byte as it was. Fails when no row fits: the test then needs
 * another kind of row, since the table (valid) no longer has one of these.
 */
export function editCsvRow(
  text: string,
  fits: (cells: Record<string, string>) => boolean,
  change: (cells: Record<string, string>) => Record<string, string>,
): EditedRow {
  const columns = csvHeader(text);
  const row = parseCsv(text).find((record) => fits(record.cells));
  if (!row) throw new Error(`no row of the table fits the test (columns ${columns.join(', ')})`);
  const lines = text.split('\n');
  const written = lines[row.line - 1]!;
  // A cell holding a line break would spread the row over several lines: the tables' cells are
  // numbers, codes and one-line names (the check refuses a name with a line break), but say so.
  const alone = parseCsv(`${columns.map(csvField).join(',')}\n${written}`)[0]?.cells;
  if (JSON.stringify(alone) !== JSON.stringify(row.cells))
    throw new Error(`row ${row.line} is not on one line`);
  const cells = { ...row.cells, ...change({ ...row.cells }) };
  lines[row.line - 1] =
    columns.map((column) => csvField(cells[column] ?? '')).join(',') + (written.endsWith('\r') ? '\r' : '');
  return { text: lines.join('\n'), line: row.line, cells: row.cells };
}
