// Text for a terminal: a file name or an error message cannot move the cursor, change colours or
// reorder the line.

/** Control characters (C0, DEL, C1), line and paragraph separators and bidi controls. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with those characters written as \u escapes. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
