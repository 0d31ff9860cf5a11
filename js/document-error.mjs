// The error of a document that cannot be read as text: its message says why, and what
// to do instead.

/** A PDF or Word file that précis cannot read (encrypted, scanned, damaged, too large...). */
export class DocumentError extends Error {
  /** `message` says what is wrong with the file and what to do. */
  constructor(message) {
    super(message);
    this.name = 'DocumentError';
  }
}
