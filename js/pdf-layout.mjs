// From the positioned text pieces of PDF pages to plain text: pieces on one baseline
// become lines, two-column pages are read column by column, running headers, footers
// and page numbers are dropped, and lines are joined into paragraphs (a blank line
// between them) with hyphenated line ends rejoined. Pure functions of the pieces: the
// PDF reading itself is in pdf-text.mjs. docs/documents.md states each rule.

/** The text of pages, each a list of lines (see pageLines). */
export function pagesText(pages) {
  return paragraphText(dropRunningLines(pages).flatMap(readingOrder));
}

/**
 * The lines of one page: `items` are pdf.js text items (`{ str, transform, width }`), in
 * PDF user space (y grows upwards). A line is `{ text, x0, x1, y, size }`; pieces on one
 * baseline further apart than the font size are separate lines (columns, tables).
 */
export function pageLines(items) {
  const pieces = items
    .filter((item) => item.str.trim() !== '')
    .map((item) => {
      const [, , c, d, x, y] = item.transform;
      return { text: item.str, x0: x, x1: x + item.width, y, size: Math.hypot(c, d) || 1 };
    })
    .sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const lines = [];
  for (const baseline of groupBy(pieces, (a, b) => Math.abs(a.y - b.y) <= 0.4 * Math.min(a.size, b.size))) {
    baseline.sort((a, b) => a.x0 - b.x0);
    for (const run of groupBy(baseline, (a, b) => b.x0 - a.x1 <= Math.max(a.size, b.size))) lines.push(joinPieces(run));
  }
  return lines;
}

/** Splits `list` into runs of neighbours for which `together(previous, next)` holds. */
function groupBy(list, together) {
  const groups = [];
  for (const item of list) {
    const group = groups.at(-1);
    if (group && together(group.at(-1), item)) group.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** One line from pieces left to right on one baseline; a visible gap becomes a space. */
function joinPieces(run) {
  let text = run[0].text;
  for (let i = 1; i < run.length; i++) {
    const gap = run[i].x0 - run[i - 1].x1;
    const spaced = /\s$/.test(text) || /^\s/.test(run[i].text);
    text += (gap > 0.15 * run[i].size && !spaced ? ' ' : '') + run[i].text;
  }
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    x0: run[0].x0,
    x1: Math.max(...run.map((p) => p.x1)),
    y: run[0].y,
    size: Math.max(...run.map((p) => p.size)),
  };
}

/**
 * The lines of a page in reading order. When a vertical gutter splits most lines into a
 * left and a right column, each stretch between lines that cross it (a title across the
 * page) is read left column first, then right; otherwise top to bottom. Each line gets
 * `right`, the right edge of the lines of its size in its column.
 */
export function readingOrder(lines) {
  const x = gutter(lines);
  const byHeight = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  if (x === null) return withRightEdges([byHeight]);
  const ordered = [];
  let left = [];
  let right = [];
  const flush = () => {
    ordered.push(left, right);
    left = [];
    right = [];
  };
  for (const line of byHeight) {
    if (line.x1 <= x) left.push(line);
    else if (line.x0 >= x) right.push(line);
    else {
      flush();
      ordered.push([line]);
    }
  }
  flush();
  return withRightEdges(ordered.filter((column) => column.length > 0));
}

/** The lines of `columns`, flattened, each marked with the right edge of its column's lines of its size. */
function withRightEdges(columns) {
  return columns.flatMap((column) => column.map((line) => {
    const right = Math.max(...column.filter((other) => sameSize(other, line)).map((other) => other.x1));
    return { ...line, right };
  }));
}

/**
 * The x of the gutter between two columns, or null: the position in the middle half of
 * the text's width that the fewest lines cross, when at most a fifth of the lines cross
 * it and at least three lines lie wholly on each side.
 */
function gutter(lines) {
  if (lines.length < 6) return null;
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  let best = null;
  for (let x = left + (right - left) / 4; x <= right - (right - left) / 4; x += 1) {
    let crossing = 0, before = 0, after = 0;
    for (const line of lines) {
      if (line.x1 <= x) before++;
      else if (line.x0 >= x) after++;
      else crossing++;
    }
    if (before >= 3 && after >= 3 && crossing <= lines.length / 5 && (best === null || crossing < best.crossing)) best = { x, crossing };
  }
  return best?.x ?? null;
}

/**
 * A page number: digits, maybe with "page", "of N" or dashes around ("- 4 -", "Page 4 of
 * 12"), or a Roman numeral ("xiv").
 */
const PAGE_NUMBER = /^[-–—\s]*((page\s*)?\d{1,5}(\s*(of|\/)\s*\d{1,5})?|[ivxlc]{1,7})[-–—\s]*$/i;
/** How many baselines at the top and at the bottom of a page can hold running lines. */
const MARGIN_BASELINES = 2;

/**
 * The pages' lines without running headers and footers: among the lines on a page's two
 * top and two bottom baselines, those that are page numbers and those whose text (digits
 * aside) is in the margins of at least half the pages (two at least).
 */
export function dropRunningLines(pages) {
  const margins = pages.map(marginLines);
  const key = (line) => line.text.toLowerCase().replace(/\d+/g, '#');
  const pagesWith = new Map();
  for (const lines of margins) {
    for (const k of new Set(lines.map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  }
  const repeated = (line) => pages.length >= 2 && pagesWith.get(key(line)) >= Math.max(2, pages.length / 2);
  return pages.map((lines, i) => lines.filter((line) => !(margins[i].includes(line) && (PAGE_NUMBER.test(line.text) || repeated(line)))));
}

/** The lines of a page on its top and bottom baselines. */
function marginLines(lines) {
  const heights = [...new Set(lines.map((line) => line.y))].sort((a, b) => b - a);
  const margin = new Set([...heights.slice(0, MARGIN_BASELINES), ...heights.slice(-MARGIN_BASELINES)]);
  return lines.filter((line) => margin.has(line.y));
}

/**
 * The text of lines in reading order (each with `right`, see readingOrder), paragraphs
 * apart. A new paragraph starts where the font size changes; at a bulleted list item;
 * after a line that ends short
 * (the next line's first word would clearly have fitted after it); below a gap more than 1.3
 * times the usual line spacing of that size; and, when the text moves to another column
 * or page, after a sentence end (not an initial or short title such as "N." or "Dr.")
 * when the next line starts with a capital.
 */
export function paragraphText(lines) {
  const spacing = lineSpacings(lines);
  const paragraphs = [];
  let current = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous && startsParagraph(previous, line, spacing)) {
      paragraphs.push(current);
      current = [];
    }
    current.push(line.text);
  });
  if (current.length > 0) paragraphs.push(current);
  const words = wordCounts(paragraphs);
  return paragraphs.map((paragraph) => joinLines(paragraph, words)).join('\n\n');
}

const sameSize = (a, b) => Math.abs(a.size - b.size) <= 0.15 * Math.max(a.size, b.size);
const below = (a, b) => b.y < a.y && b.x0 < a.x1 && a.x0 < b.x1;

/** The usual (median) gap between a line and the next one below it, by font size. */
function lineSpacings(lines) {
  const gaps = new Map();
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (!previous || !below(previous, line) || !sameSize(previous, line)) return;
    const size = Math.round(line.size);
    if (!gaps.has(size)) gaps.set(size, []);
    gaps.get(size).push(previous.y - line.y);
  });
  const medians = new Map([...gaps].map(([size, list]) => [size, list.sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)]]));
  return (size) => medians.get(Math.round(size)) ?? 1.2 * size;
}

function startsParagraph(previous, line, spacing) {
  if (!sameSize(previous, line) || endsShort(previous, line) || LIST_ITEM.test(line.text)) return true;
  if (below(previous, line)) return previous.y - line.y > 1.3 * spacing(line.size);
  return SENTENCE_END.test(previous.text) && !SHORT_ABBREVIATION.test(previous.text) && /^["'“‘(]?\p{Lu}/u.test(line.text);
}

/** The start of a list item: a bullet. (Numbers are not taken: "12. Mai" may start a wrapped line.) */
const LIST_ITEM = /^[•◦▪‣●○■□∙]/;
/** A line's end that ends a sentence, and one that is rather an initial or a title ("N.", "Dr.", "U.S."). */
const SENTENCE_END = /[.!?]["'”’)]?$/;
const SHORT_ABBREVIATION = /(^|\s)(\p{Lu}\p{Ll}{0,2}|(\p{Lu}\.)+\p{Lu})\.$/u;

/**
 * Whether `previous` ends so far from its column's edge that the first word of `line`
 * would clearly have fitted (1.5 times its width at the line's mean character width:
 * a word of wide letters is wider than the mean).
 */
function endsShort(previous, line) {
  const charWidth = (previous.x1 - previous.x0) / previous.text.length;
  const firstWord = line.text.split(' ')[0];
  return previous.right - previous.x1 > 1.5 * charWidth * (firstWord.length + 1);
}

/** A word, with letters of any script; a compound is words joined by hyphens. */
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/**
 * How often each word and each hyphenated compound occurs in the paragraphs, in lower
 * case, leaving out the words broken at line ends (they are what is to be decided).
 */
function wordCounts(paragraphs) {
  const counts = new Map();
  const count = (word) => counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const lines of paragraphs) {
    lines.forEach((line, i) => {
      let text = line;
      if (i + 1 < lines.length && brokenWord(line, lines[i + 1])) text = text.replace(/\S+$/, '');
      if (i > 0 && brokenWord(lines[i - 1], line)) text = text.replace(/^\S+/, '');
      for (const [word] of text.toLowerCase().matchAll(WORD)) {
        count(word);
        if (word.includes('-')) word.split('-').forEach(count);
      }
    });
  }
  return counts;
}

/** Whether `line` ends in a word broken by a hyphen that `next` finishes in lower case. */
const brokenWord = (line, next) => /\p{L}-$/u.test(line) && /^\p{Ll}/u.test(next);

/**
 * The lines of a paragraph as one line. A word broken at a line end by a hyphen is
 * rejoined: without the hyphen when the text writes the whole word elsewhere, with it
 * when the text writes the hyphenated compound elsewhere, or else when both halves are
 * words found elsewhere in the text ("well-known"); otherwise without ("information").
 */
function joinLines(lines, words) {
  let text = lines[0];
  for (let i = 1; i < lines.length; i++) {
    if (!brokenWord(text, lines[i])) {
      text += ` ${lines[i]}`;
      continue;
    }
    const head = text.match(/(\p{L}+(?:-\p{L}+)*)-$/u)[1].toLowerCase();
    const tail = lines[i].match(/^\p{L}+/u)[0].toLowerCase();
    const lastHead = head.split('-').at(-1);
    const keep = !words.has(head.replace(/-/g, '') + tail)
      && (words.has(`${head}-${tail}`) || (words.has(lastHead) && words.has(tail)));
    text = (keep ? text : text.slice(0, -1)) + lines[i];
  }
  return text;
}
