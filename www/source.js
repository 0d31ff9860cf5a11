// Where the text comes from: a file (.txt, .md, .html), a paste or a drop. HTML is
// reduced to its readable text (readable-text.js); everything else is taken as is.
import { utf8Bytes } from './js/utf8.mjs';
import { looksLikeHtml, readableText } from './readable-text.js';

/** The file types the page opens, for the file picker (PDF and Word files: documents.js). */
export const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html'
  + ',.pdf,application/pdf,.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Reads a file as text: HTML becomes its readable text, Markdown loses its markup. */
export async function textFromFile(file) {
  const text = await file.text();
  const isHtml = /\.x?html?$/i.test(file.name) || file.type === 'text/html' || file.type === 'application/xhtml+xml';
  if (isHtml || looksLikeHtml(text)) return readableText(text);
  return /\.(md|markdown)$/i.test(file.name) || file.type === 'text/markdown' ? markdownText(text) : text;
}

/**
 * The prose of a Markdown text: fenced code and HTML comments dropped; heading, quote
 * and emphasis marks, link targets and image addresses removed (their words kept).
 */
export function markdownText(markdown) {
  return markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^ {0,3}(#{1,6}|>+) ?/gm, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?![\w*])/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The text a paste or drop brings (a DataTransfer), or null when it brings none. When the
 * clipboard holds HTML (copied from a web page) its readable text is used, as is the
 * readable text of HTML source pasted as plain text. The transfer is read at once (it
 * is readable only while its event is dispatched); the promise settles after.
 */
export async function textFromTransfer(transfer) {
  const html = transfer.getData('text/html');
  const plain = transfer.getData('text/plain');
  if (html && /<(p|h[1-6]|li|br|div|article|main|body|table|blockquote)[\s>/]/i.test(html)) return readableText(html);
  if (looksLikeHtml(plain)) return readableText(plain);
  return plain || (html ? readableText(html) : null);
}

/** The size of `text` in UTF-8 bytes, counted a million characters at a time between tasks. */
export async function utf8Length(text) {
  let bytes = 0;
  for (let from = 0; from < text.length; from += 1_000_000) {
    const to = Math.min(text.length, from + 1_000_000);
    bytes += utf8Bytes(text, from, to);
    if (to < text.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return bytes;
}

/** A byte size for people, in units of 1024: "812 KB", "5.2 MB". */
export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
