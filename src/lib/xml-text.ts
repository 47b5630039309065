/**
 * Text as XML 1.0 can hold it: without the control characters it forbids. The schemas already refuse
 * them in titles and summaries; feeds pass their text through this too, so that a feed stays
 * well-formed whatever reaches it.
 */

/**
 * Control characters: C0 other than tab, line feed and carriage return, DEL and C1. Invisible to an
 * editor, they are invalid in XML (a feed holding one is broken for every reader) and can disguise
 * text in terminals.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

export function xmlText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}
