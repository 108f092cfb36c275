// Searches for one character asked in increasing order over a text: each answered from the last.

/**
 * The next offset of one character in a text, at or after an offset: the last search is kept, so
 * lines asked in order cost one walk of the text in all (a search that finds nothing, or finds the
 * character lines further on, runs to the end of the text once, not once per line).
 */
export class NextOf {
  private text = '';
  private from = 0;
  private found = -1;

  constructor(private readonly char: string) {}

  at(text: string, from: number): number {
    // the kept search answers when it started at or before `from` and found nothing before it
    if (text !== this.text || from < this.from || (this.found >= 0 && from > this.found)) {
      this.text = text;
      this.from = from;
      this.found = text.indexOf(this.char, from);
    }
    return this.found;
  }
}
