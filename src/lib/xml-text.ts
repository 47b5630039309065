/**
 * Text as XML 1.0 can hold it: without the control characters it forbids. The schemas already refuse
 * them in titles and summaries; feeds pass their text through this too, so that a feed stays
 * well-formed whatever reaches it.
 */
import { CONTROL_CHARACTER } from '../schemas/common.ts';

const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

export function xmlText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}
