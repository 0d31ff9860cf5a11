// The original text with the summary sentences highlighted. Long texts are built in
// chunks of about CHUNK characters (each a block the browser lays out only when it is
// scrolled into view), a few per frame, so that a 20 MB text never freezes the page.
// Mentions of an entity or keyword are highlighted with the CSS Custom Highlight API:
// ranges over the existing text nodes, no change to the DOM. Text is only ever inserted
// as text nodes.

const CHUNK = 16_000;
const FRAME_BUDGET_MS = 12;
/** At most this many mentions are highlighted at once: those nearest the part in view. */
const MAX_HIGHLIGHTS = 1000;

/**
 * Shows `text` in `container`, each summary sentence in a `<mark id="sentence-N">`.
 * Calls `onProgress(fraction)` while it works; resolves to a view whose
 * `highlight(mentions, near)` highlights the given `{start, end}` ranges (UTF-16
 * offsets, in text order; the MAX_HIGHLIGHTS nearest offset `near`, by default the
 * part in view) and returns the Range of the first at or after `near`.
 * `isCurrent()` is asked between frames: when it turns false, the work stops.
 */
export async function showOriginal(container, text, sentences, { onProgress, isCurrent = () => true } = {}) {
  container.replaceChildren();
  container.classList.toggle('chunked', text.length > 4 * CHUNK); // lay out only what is on screen
  const nodes = []; // [start offset, text node], in text order
  const chunks = []; // [start offset, element], in text order
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
    chunks.push([cursor, chunk]);
    cursor = end;
    if (performance.now() - frameStart > FRAME_BUDGET_MS) {
      onProgress?.(cursor / text.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!isCurrent()) return null;
      frameStart = performance.now();
    }
  }
  return {
    highlight: (mentions, near = offsetInView(container, chunks)) => highlightMentions(nodes, nearest(mentions, near), near),
  };
}

/** The offset where the chunk at the top of the container's visible part starts. */
function offsetInView(container, chunks) {
  const top = container.getBoundingClientRect().top;
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) { // the first chunk whose bottom is below the top
    const mid = (low + high) >> 1;
    if (chunks[mid][1].getBoundingClientRect().bottom <= top) low = mid + 1;
    else high = mid;
  }
  return chunks[low]?.[0] ?? 0;
}

/** At most MAX_HIGHLIGHTS of `mentions` (in text order), a quarter before `near` and the rest after. */
function nearest(mentions, near) {
  if (mentions.length <= MAX_HIGHLIGHTS) return mentions;
  const at = firstIndex(mentions.length, (i) => mentions[i].start >= near);
  const from = Math.max(0, Math.min(at - MAX_HIGHLIGHTS / 4, mentions.length - MAX_HIGHLIGHTS));
  return mentions.slice(from, from + MAX_HIGHLIGHTS);
}

/** The first index in 0..length for which the monotonic `test` holds (length if none). */
function firstIndex(length, test) {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
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

/** Highlights the mentions (CSS highlight "mention"; none clears it); returns the Range of the first at or after `near`. */
function highlightMentions(nodes, mentions, near) {
  if (!globalThis.CSS?.highlights || nodes.length === 0) return null;
  const ranges = mentions.map(({ start, end }) => {
    const range = new Range();
    range.setStart(...position(nodes, start));
    range.setEnd(...position(nodes, end));
    return range;
  });
  if (ranges.length === 0) CSS.highlights.delete('mention');
  else CSS.highlights.set('mention', new Highlight(...ranges));
  return ranges[Math.min(firstIndex(mentions.length, (i) => mentions[i].start >= near), ranges.length - 1)] ?? null;
}

/** The text node and offset inside it of a UTF-16 offset in the whole text. */
function position(nodes, offset) {
  const [start, node] = nodes[Math.max(0, firstIndex(nodes.length, (i) => nodes[i][0] > offset) - 1)];
  return [node, Math.min(offset - start, node.length)];
}
