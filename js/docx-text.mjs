// The text of a Word document (.docx), with mammoth: every paragraph, heading and list
// item becomes a paragraph of its own, a blank line between them. The caller passes the
// mammoth module (the page loads its browser build, Node the package), so this file runs
// in both.
import { DocumentError } from './document-error.mjs';

/** The first bytes of a zip file (a .docx is one) and of an OLE file (.doc, or an encrypted .docx). */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes, magic) => magic.every((byte, i) => bytes[i] === byte);

/**
 * The text of the .docx in `bytes` (a Uint8Array), read with the mammoth module
 * `mammoth`. Rejects with a DocumentError when the file is not a readable .docx.
 */
export async function docxText(bytes, { mammoth, signal } = {}) {
  if (startsWith(bytes, OLE)) {
    throw new DocumentError('this is an old Word file (.doc) or a password-protected one. Open it in Word or LibreOffice and save it as .docx without a password, then open that.');
  }
  if (!startsWith(bytes, ZIP)) {
    throw new DocumentError('this file is not a Word document: a .docx is a zip package, and this is not one. Check that it is the file you meant.');
  }
  let result;
  try {
    result = await mammoth.extractRawText({ buffer: bytes, arrayBuffer: bytes });
  } catch (error) {
    throw new DocumentError(`this Word document is damaged or is not a .docx (${error.message.replace(/\s*If it is, see.*$/s, '')}).`);
  }
  signal?.throwIfAborted();
  const text = result.value.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!/[\p{L}\p{N}]/u.test(text)) throw new DocumentError('this Word document has no text to summarize.');
  return text;
}
