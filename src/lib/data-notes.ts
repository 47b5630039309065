/** Which rows of a data table a data note applies to: the one rule, wherever a note is shown. */
import type { DataNote } from '../schemas/data-note.ts';

/** What a data note (`content/data/notes.yaml`) is matched against: the row's countries and direction. */
export interface NoteTarget {
  codes: readonly string[];
  direction?: string;
}

/**
 * True when `note` applies to a row with `target`'s countries and direction: the note's country is
 * one of the row's, and the note names no direction or the row's own.
 */
export function noteApplies(note: Pick<DataNote, 'iso3' | 'direction'>, target: NoteTarget): boolean {
  return (
    target.codes.includes(note.iso3) &&
    (note.direction === undefined || target.direction === undefined || note.direction === target.direction)
  );
}

/** The first of `notes` that applies to `target`, if any. */
export function noteFor<N extends Pick<DataNote, 'iso3' | 'direction'>>(
  notes: readonly N[],
  target: NoteTarget,
): N | undefined {
  return notes.find((note) => noteApplies(note, target));
}
