/**
 * Data notes (`content/data/notes.yaml`): their schema over the registry's datasets, and which rows
 * of a data table a note applies to — the one rule, wherever a note is shown.
 */
import type { z } from 'astro/zod';
import { makeDataNoteSchema } from '../schemas/data-note.ts';
import { DATASET_IDS } from './registry.ts';

/** A data note on one of the registry's datasets. */
export const dataNoteSchema = makeDataNoteSchema(DATASET_IDS);
export type DataNote = z.output<typeof dataNoteSchema>;

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
