// PDF and Word files in the page: the reading is the package's (js/documents.mjs); the
// libraries, pdf.js and its worker and mammoth, are shipped with the site (vendor/, copied
// from node_modules by scripts/build-site.mjs) and loaded only when such a file is opened.
import { checkDocumentSize, documentKind, documentText } from './js/documents.mjs';

/** Whether `file` (a File) is a PDF or a Word document, by its name or media type. */
export const isDocument = (file) => documentKind(file.name, file.type) !== null;

/**
 * The text of a PDF or .docx `file`, refused before reading when over the size limit.
 * `onProgress({ page, pages })` follows a PDF page by page; `signal` cancels.
 */
export async function textFromDocument(file, { signal, onProgress } = {}) {
  checkDocumentSize(file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  signal?.throwIfAborted();
  return documentText(bytes, documentKind(file.name, file.type), { load: loadLibrary, signal, onProgress });
}

/** The library that reads a document of `kind`: pdf.js (its worker set) or mammoth. */
async function loadLibrary(kind) {
  if (kind === 'pdf') {
    const pdfjs = await import('./vendor/pdf.min.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('./vendor/pdf.worker.min.mjs', import.meta.url).href;
    return pdfjs;
  }
  await import('./vendor/mammoth.browser.min.js'); // a script that sets globalThis.mammoth
  return globalThis.mammoth;
}
