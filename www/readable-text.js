// Turns text that arrives as HTML (an .html file, a web page pasted from the clipboard)
// into its readable text, with the browser's own DOMParser. A parsed document is inert:
// its scripts never run and its images never load; scripts, styles and page chrome
// (navigation, asides, forms) are dropped before the text is read.

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

/** The readable text of an HTML document or fragment: paragraphs separated by blank lines. */
export function readableText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of doc.querySelectorAll(DROPPED)) element.remove();
  const main = doc.querySelectorAll('article, main');
  const root = main.length === 1 ? main[0] : doc.body;
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
