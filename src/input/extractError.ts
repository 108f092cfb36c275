// Why a binary document (PDF, DOCX, DOC) gave no text. The command line turns it into an error record.

export type ExtractErrorCode =
  /** The optional package that reads the format is not installed. */
  | 'missing-reader'
  /** The document has no text layer (a scanned PDF: pages are images). */
  | 'no-text'
  /** The document is encrypted (needs a password). */
  | 'encrypted'
  /** The bytes are not a readable document of the format. */
  | 'corrupt';

export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}
