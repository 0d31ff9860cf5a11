// Turns a web page into its readable text: the article Mozilla Readability finds in it
// (vendor/, loaded on first use), or, for HTML that holds no article (a pasted fragment),
// the readable text of its whole body. HTML is parsed with the browser's own DOMParser:
// the document is inert (its scripts never run, its images never load). The text has
// its paragraphs as blocks separated by blank lines and its headings as lines of their own.

/** Elements whose text is never read (code, media, page chrome, forms, hidden parts). */
const DROPPED = 'script, style, noscript, template, iframe, object, embed, svg, math, canvas, video, audio, ' +
  'head, nav, aside, form, button, select, textarea, dialog, [hidden], [aria-hidden="true"]';
/** Elements that end a paragraph: a blank line after them. */
const PARAGRAPHS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'DL',
  'FIGURE', 'HEADER', 'FOOTER', 'SECTION', 'ARTICLE', 'MAIN', 'HR', 'ADDRESS']);
/** Elements that end a line. */
const LINES = new Set(['BR', 'DIV', 'LI', 'DT', 'DD', 'TR', 'FIGCAPTION', 'CAPTION']);

/** True when `text` is an HTML document or fragment rather than prose that mentions a tag. */
export function looksLikeHtml(text) {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}

/** Parses HTML into an inert document: no script in it runs, nothing it links to loads. */
export function parseHtml(html) {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The readable text of an HTML document or fragment: its article when it has one, else its body's text. */
export async function readableText(html) {
  const doc = parseHtml(html);
  return (await articleText(doc)) ?? bodyText(doc);
}

/**
 * The text of the article in `doc` (its title first), found by Readability in a copy of
 * the document; null when the document has no article (Readability's
 * isProbablyReaderable says no, or it finds nothing).
 */
export async function articleText(doc) {
  const [{ Readability }, { isProbablyReaderable }] = await Promise.all([
    import('./vendor/readability.js'),
    import('./vendor/readability-readerable.js'),
  ]);
  if (!isProbablyReaderable(doc)) return null;
  const article = new Readability(doc.cloneNode(true), { serializer: (element) => element }).parse();
  const text = article ? textOf(article.content) : '';
  if (!text) return null;
  const title = article.title?.replace(/\s+/g, ' ').trim();
  return title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
}

/** The readable text of the whole body of `doc`, without scripts, page chrome and hidden parts. */
export function bodyText(doc) {
  const copy = doc.body.cloneNode(true);
  for (const element of copy.querySelectorAll(DROPPED)) element.remove();
  const main = copy.querySelectorAll('article, main');
  return textOf(main.length === 1 ? main[0] : copy);
}

/** The text of an element: paragraphs separated by blank lines, line breaks kept. */
function textOf(root) {
  const out = [];
  collect(root, out);
  return out.join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function collect(node, out) {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      out.push(child.data.replace(/\s+/g, ' '));
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const tag = child.tagName;
      if (tag === 'IMG' && child.alt) out.push(child.alt);
      collect(child, out);
      if (PARAGRAPHS.has(tag)) out.push('\n\n');
      else if (LINES.has(tag)) out.push('\n');
      else if (tag === 'TD' || tag === 'TH') out.push('\t');
    }
  }
}
