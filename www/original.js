// The original text with the summary sentences highlighted. Long texts are built in
// chunks of about CHUNK characters (each a block the browser lays out only when it is
// scrolled into view), a few per frame, so that a 20 MB text never freezes the page.
// Mentions of an entity or keyword are highlighted with the CSS Custom Highlight API:
// ranges over the existing text nodes, no change to the DOM. Text is only ever inserted
// as text nodes.

const CHUNK = 16_000;
const FRAME_BUDGET_MS = 12;

/**
 * Shows `text` in `container`, each summary sentence in a `<mark id="sentence-N">`.
 * Calls `onProgress(fraction)` while it works; resolves to a view whose
 * `highlight(mentions)` highlights the given `{start, end}` ranges (UTF-16 offsets).
 * `isCurrent()` is asked between frames: when it turns false, the work stops.
 */
export async function showOriginal(container, text, sentences, { onProgress, isCurrent = () => true } = {}) {
  container.replaceChildren();
  container.classList.toggle('chunked', text.length > 4 * CHUNK); // lay out only what is on screen
  const nodes = []; // [start offset, text node], in text order
  const appendText = (parent, start, end) => {
    if (end <= start) return;
    const node = document.createTextNode(text.slice(start, end));
    nodes.push([start, node]);
    parent.append(node);
  };
  let cursor = 0;
  let next = 0; // the next summary sentence
  let frameStart = performance.now();
  while (cursor < text.length) {
    const end = chunkEnd(text, cursor, sentences, next);
    const chunk = document.createElement('div');
    chunk.className = 'chunk';
    let at = cursor;
    while (next < sentences.length && sentences[next].start < end) {
      const s = sentences[next++];
      appendText(chunk, at, s.start);
      const mark = document.createElement('mark');
      mark.id = `sentence-${s.index}`;
      appendText(mark, s.start, s.end);
      chunk.append(mark);
      at = s.end;
    }
    appendText(chunk, at, end);
    container.append(chunk);
    cursor = end;
    if (performance.now() - frameStart > FRAME_BUDGET_MS) {
      onProgress?.(cursor / text.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!isCurrent()) return null;
      frameStart = performance.now();
    }
  }
  return { highlight: (mentions) => highlightMentions(nodes, mentions) };
}

/** Where the chunk starting at `start` ends: after a line break near CHUNK characters on, never inside a summary sentence. */
function chunkEnd(text, start, sentences, next) {
  let end = Math.min(text.length, start + CHUNK);
  const lineBreak = text.indexOf('\n', end);
  const space = text.indexOf(' ', end);
  if (lineBreak >= 0 && lineBreak - end < CHUNK) end = lineBreak + 1;
  else if (space >= 0 && space - end < 1000) end = space + 1;
  while (next < sentences.length && sentences[next].start < end) {
    if (sentences[next].end > end) end = sentences[next].end; // keep the sentence whole
    next++;
  }
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
  return Math.min(end, text.length);
}

const isLowSurrogate = (code) => code >= 0xdc00 && code <= 0xdfff;

/** Highlights the ranges (CSS highlight "mention"); an empty list clears it. Returns the first range. */
function highlightMentions(nodes, mentions) {
  if (!globalThis.CSS?.highlights || nodes.length === 0) return null;
  const ranges = mentions.map(({ start, end }) => {
    const range = new Range();
    range.setStart(...position(nodes, start));
    range.setEnd(...position(nodes, end));
    return range;
  });
  if (ranges.length === 0) CSS.highlights.delete('mention');
  else CSS.highlights.set('mention', new Highlight(...ranges));
  return ranges[0] ?? null;
}

/** The text node and offset inside it of a UTF-16 offset in the whole text. */
function position(nodes, offset) {
  let low = 0;
  let high = nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (nodes[mid][0] <= offset) low = mid;
    else high = mid - 1;
  }
  const [start, node] = nodes[low];
  return [node, Math.min(offset - start, node.length)];
}
