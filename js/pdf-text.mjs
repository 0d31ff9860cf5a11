// The text of a PDF, with Mozilla's pdf.js (pdfjs-dist): each page's positioned text is
// laid out by pdf-layout.mjs. The caller passes the pdf.js module (the page loads the
// browser build, Node the legacy build), so this file runs in both.
import { DocumentError } from './document-error.mjs';
import { pageLines, pagesText } from './pdf-layout.mjs';

/** How far from each end of the file the PDF header and end marker may be, in bytes. */
const MARKER_WINDOW = 1024;

/**
 * The text of the PDF in `bytes` (a Uint8Array, which pdf.js may take over), read with the
 * pdf.js module `pdfjs`. `onProgress({ page, pages })` is called before each page; `signal`
 * (an AbortSignal) stops the reading with its reason. Rejects with a DocumentError for a
 * damaged, truncated, encrypted or textless PDF.
 */
export async function pdfText(bytes, { pdfjs, signal, onProgress } = {}) {
  checkMarkers(bytes);
  signal?.throwIfAborted();
  const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 });
  const abortable = untilAborted(signal);
  try {
    const pdf = await abortable(task.promise.catch((error) => {
      throw openError(error);
    }));
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      onProgress?.({ page: number, pages: pdf.numPages });
      pages.push(await abortable(pageText(pdf, number).catch((error) => {
        throw new DocumentError(`page ${number} of this PDF could not be read (${error.message}); the file may be damaged.`);
      })));
    }
    const text = pagesText(pages);
    if (!/[\p{L}\p{N}]/u.test(text)) {
      throw new DocumentError('this PDF has no text to summarize; it looks like scanned images. Run it through OCR (text recognition) first, then open the result.');
    }
    return text;
  } finally {
    const destroyed = task.destroy().catch(() => {}); // what was read is read: a failure to clean up changes nothing
    if (!signal?.aborted) await destroyed; // once aborted, the caller is not kept waiting for pdf.js to stop
  }
}

/**
 * A function that settles a promise as it does, or rejects it with the reason of `signal`
 * as soon as it is aborted (pdf.js may leave a pending call unsettled when destroyed).
 */
function untilAborted(signal) {
  if (!signal) return (promise) => promise;
  return (promise) => new Promise((resolve, reject) => {
    const stop = () => reject(signal.reason);
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
}

/** The lines of page `number`. */
async function pageText(pdf, number) {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  page.cleanup();
  return pageLines(content.items);
}

/** Refuses bytes that are not a PDF, or whose end is missing (a download cut short). */
function checkMarkers(bytes) {
  const ascii = (from, to) => String.fromCharCode(...bytes.subarray(from, to));
  if (!ascii(0, MARKER_WINDOW).includes('%PDF-')) {
    throw new DocumentError('this file is not a PDF (it does not start like one). Check that it is the file you meant, or open it in the program that made it and export it as PDF.');
  }
  if (!ascii(Math.max(0, bytes.length - MARKER_WINDOW), bytes.length).includes('%%EOF')) {
    throw new DocumentError('this PDF is truncated: its end is missing (an unfinished download or copy?). Get the whole file again, then open it.');
  }
}

/** The DocumentError for an error of pdf.js opening a file. */
function openError(error) {
  if (error?.name === 'PasswordException') {
    return new DocumentError('this PDF is encrypted / password-protected, and précis does not ask for passwords. Open it in a PDF reader with its password, save or print an unprotected copy, then open that.');
  }
  if (error?.name === 'InvalidPDFException') {
    return new DocumentError('this PDF is damaged: its structure cannot be read. Get the file again, or open it in a PDF reader and save a new copy.');
  }
  return new DocumentError(`this PDF could not be read (${error?.message ?? error}).`);
}
