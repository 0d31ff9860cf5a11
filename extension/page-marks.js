// The functions the panel runs in the tab being summarized (chrome.scripting.executeScript
// serializes each one, so each is self-contained). They read the page and highlight text
// in it with the CSS Custom Highlight API: ranges over the page's own text nodes, so the
// page's DOM is never changed and nothing is inserted into it.

/**
 * The HTML of what the page shows, for the panel to find its article in (parsed there,
 * inert): a copy of the document without the elements the page does not render (hidden
 * by its styles, which the copy cannot know), scripts, styles and inline style and
 * event-handler attributes.
 */
export function pageHtml() {
  if (!document.body) return ''; // an XML or SVG document, a frameset: no article
  const copy = document.documentElement.cloneNode(true);
  const unrendered = [];
  const compare = (live, copied) => { // the copy has the same tree: its elements pair with the page's
    for (let i = 0; i < live.children.length; i++) {
      const element = live.children[i];
      if (!element.checkVisibility() && getComputedStyle(element).display !== 'contents') unrendered.push(copied.children[i]);
      else compare(element, copied.children[i]);
    }
  };
  compare(document.body, copy.children[[...document.documentElement.children].indexOf(document.body)]);
  for (const element of unrendered) element.remove();
  for (const element of copy.querySelectorAll('script, style, link, noscript, template, iframe, object, embed')) element.remove();
  for (const element of copy.querySelectorAll('*')) {
    for (const { name } of [...element.attributes]) if (name === 'style' || name.startsWith('on')) element.removeAttribute(name);
  }
  return copy.outerHTML;
}

/**
 * Highlights, under the CSS highlight `name`, the first place of each of `texts` in the
 * text the page shows, in order, each found after the one before; whitespace is ignored,
 * as the article's text and the page lay it out differently. Replaces what `name` highlighted;
 * returns how many of the texts were found.
 */
export function markTexts(texts, name) {
  const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  const nodes = []; // the text nodes read
  const nodeAt = []; // for each character of `letters`, its node's index in `nodes`
  const offsetAt = []; // and its offset in that node
  let letters = ''; // the page's text without whitespace
  const shown = (element) => element.checkVisibility() || getComputedStyle(element).display === 'contents';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: ({ parentElement }) => (skipped.has(parentElement?.tagName) || !shown(parentElement) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    for (const { index } of node.data.matchAll(/\S/g)) {
      nodeAt.push(nodes.length - 1);
      offsetAt.push(index);
    }
    letters += node.data.replace(/\s+/g, '');
  }
  const ranges = [];
  let from = 0;
  for (const text of texts) {
    const wanted = text.replace(/\s+/g, '');
    const at = wanted ? letters.indexOf(wanted, from) : -1;
    if (at < 0) continue;
    const last = at + wanted.length - 1;
    const range = new Range();
    range.setStart(nodes[nodeAt[at]], offsetAt[at]);
    range.setEnd(nodes[nodeAt[last]], offsetAt[last] + 1);
    ranges.push(range);
    from = at + wanted.length;
  }
  if (ranges.length > 0) CSS.highlights.set(name, new Highlight(...ranges));
  else CSS.highlights.delete(name);
  return ranges.length;
}

/** Scrolls the page to the `index`th range highlighted under `name`. */
export function scrollToMark(name, index) {
  const range = [...(CSS.highlights.get(name) ?? [])][index];
  range?.startContainer.parentElement.scrollIntoView({ behavior: 'smooth', block: 'center' });
}
