// PDF and Word files as text, for the page and the CLI alike: which files are documents,
// the size limit, and the reading itself (pdf-text.mjs, docx-text.mjs). The libraries
// (pdf.js, mammoth) are loaded by the caller, only when a document is read.
import { DocumentError } from './document-error.mjs';
import { docxText } from './docx-text.mjs';
import { pdfText } from './pdf-text.mjs';

export { DocumentError };

/** The largest PDF or Word file read, in bytes: larger ones are refused before reading. */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The kind of document a file is by its name and media type: 'pdf', 'docx', or null
 * (not a document: read it as text).
 */
export function documentKind(name = '', type = '') {
  if (/\.pdf$/i.test(name) || type === 'application/pdf') return 'pdf';
  if (/\.docx$/i.test(name) || type === DOCX_TYPE) return 'docx';
  return null;
}

/** The kind of document `bytes` are by their first bytes ('pdf', 'docx' for a zip, or null). */
export function sniffDocumentKind(bytes) {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) return 'docx';
  return null;
}

/** Throws a DocumentError when a document of `size` bytes is over the limit. */
export function checkDocumentSize(size) {
  if (size > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(`this file is ${megabytes(size)}; précis reads PDF and Word files of at most ${megabytes(MAX_DOCUMENT_BYTES)}. Split it, or save the part you need as a smaller file.`);
  }
}

const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`;

/**
 * The text of the document in `bytes` (a Uint8Array) of `kind` ('pdf' or 'docx').
 * `load(kind)` resolves to the library that reads it (the pdf.js module, or mammoth);
 * `signal` and `onProgress({ page, pages })` are as pdfText's.
 */
export async function documentText(bytes, kind, { load, signal, onProgress } = {}) {
  checkDocumentSize(bytes.length);
  const library = await load(kind);
  signal?.throwIfAborted();
  if (kind === 'pdf') return pdfText(bytes, { pdfjs: library, signal, onProgress });
  return docxText(bytes, { mammoth: library, signal });
}
