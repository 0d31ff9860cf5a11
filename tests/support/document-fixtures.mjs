// The PDF and Word files of the document tests, made at test time from the repository's
// own texts (tests/fixtures/*.txt): a two-column paper with running headers, footers, page
// numbers and hyphenated line ends; a long one; encrypted, scanned-like, truncated and
// corrupt PDFs; a .docx with headings (zipped with fflate) and a fake one.
//   node tests/support/document-fixtures.mjs OUT-DIR   (writes them there, to look at)
import { closeSync, mkdirSync, openSync, readFileSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { textWidth, writePdf } from './pdf-writer.mjs';

const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** The source text of the documents: both fixtures, paragraphs apart. */
export const SOURCE_TEXT = `${fixture('harbor_bridge.txt').trim()}\n\n${fixture('ceasefire_talks.txt').trim()}`;
/** The source text's paragraphs; the first one is the title. */
export const PARAGRAPHS = SOURCE_TEXT.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());

const PAGE = { width: 320, height: 360, margin: 28, gutter: 16, top: 322, bottom: 40 };
const BODY = { size: 8.5, leading: 10.5, paragraphGap: 5 };
const TITLE = { size: 12, leading: 14.5 };
const COLUMN_WIDTH = (PAGE.width - 2 * PAGE.margin - PAGE.gutter) / 2;

/** `text` cut into lines of at most `width` points, as a typesetter that hyphenates would. */
export function wrapLines(text, width, size) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    const [head, tail] = hyphenate(word, width - textWidth(`${line} `, size), size);
    if (head) lines.push(`${line} ${head}`);
    else if (line) lines.push(line);
    line = tail;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * `word` cut so that its first part (ending in a hyphen) fits in `room` points: at a
 * hyphen of the word, else between letters, leaving at least three letters on each side.
 * Gives ['', word] when no cut fits.
 */
function hyphenate(word, room, size) {
  const cuts = word.includes('-')
    ? [...word.matchAll(/-/g)].map((m) => m.index + 1)
    : /^[A-Za-z]{7,}[,.;:]?$/.test(word) ? Array.from({ length: word.replace(/\W$/, '').length - 5 }, (_, i) => i + 3) : [];
  for (const cut of cuts.reverse()) {
    const head = word.includes('-') ? word.slice(0, cut) : `${word.slice(0, cut)}-`;
    if (textWidth(head, size) <= room) return [head, word.slice(cut)];
  }
  return ['', word];
}

/**
 * The pages of a two-column article: the first paragraph is a title across both
 * columns; every page has a running header, a footer and its number.
 */
export function articlePages(paragraphs) {
  const pages = [];
  let page, column, y, columnTop;
  const newPage = () => {
    page = { lines: [] };
    pages.push(page);
    column = 0;
    y = columnTop = PAGE.top;
  };
  const nextLine = (leading) => {
    if (y - leading < PAGE.bottom) {
      if (column === 1) newPage();
      else [column, y] = [1, columnTop];
    }
    y -= leading;
    return PAGE.margin + column * (COLUMN_WIDTH + PAGE.gutter);
  };
  newPage();
  const [title, ...body] = paragraphs;
  for (const text of wrapLines(title, PAGE.width - 2 * PAGE.margin, TITLE.size)) {
    y -= TITLE.leading;
    page.lines.push({ text, x: PAGE.margin, y, size: TITLE.size, bold: true });
  }
  y = columnTop = y - BODY.paragraphGap * 2;
  for (const paragraph of body) {
    for (const text of wrapLines(paragraph, COLUMN_WIDTH, BODY.size)) {
      const x = nextLine(BODY.leading);
      page.lines.push({ text, x, y, size: BODY.size });
    }
    if (y > columnTop - BODY.leading) continue; // at a column's top: no gap
    y -= BODY.paragraphGap;
  }
  pages.forEach((p, i) => p.lines.push(...runningLines(i + 1)));
  return pages;
}

/** The header, footer and page number of page `number`. */
function runningLines(number) {
  const right = (text, size) => PAGE.width - PAGE.margin - textWidth(text, size);
  return [
    { text: 'Port Alder Review', x: PAGE.margin, y: 338, size: 7, bold: true },
    { text: 'Weekly edition', x: right('Weekly edition', 7), y: 338, size: 7 },
    { text: 'Printed for subscribers only', x: PAGE.margin, y: 18, size: 6.5 },
    { text: String(number), x: right(String(number), 7), y: 18, size: 7 },
  ];
}

const pdf = (pages, encrypt) => writePdf(pages, { width: PAGE.width, height: PAGE.height, encrypt });

/** A .docx of `blocks`, each `{ text, style }` (style: a paragraph style id such as Heading1). */
export function articleDocx(blocks) {
  const parts = {};
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraph = ({ text, style }) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  parts['[Content_Types].xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
  parts['_rels/.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  parts['word/_rels/document.xml.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
  parts['word/styles.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`;
  parts['word/document.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${blocks.map(paragraph).join('')}</w:body></w:document>`;
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, strToU8(xml)]))));
}

/**
 * Writes every document fixture into `dir`; resolves to their paths by name. `longPages`
 * sets about how many pages long.pdf has.
 */
export async function writeDocumentFixtures(dir, { longPages = 300 } = {}) {
  mkdirSync(dir, { recursive: true });
  const article = pdf(articlePages(PARAGRAPHS));
  const perPage = PARAGRAPHS.length / articlePages(PARAGRAPHS).length;
  const longBody = Array.from({ length: Math.ceil(longPages * perPage) }, (_, i) => PARAGRAPHS[1 + (i % (PARAGRAPHS.length - 1))]);
  const scannedPage = { lines: [], image: true };
  const files = {
    'article.pdf': article,
    'long.pdf': pdf(articlePages([PARAGRAPHS[0], ...longBody])),
    'encrypted.pdf': pdf(articlePages(PARAGRAPHS), { userPassword: 'secret', ownerPassword: 'owner' }),
    'owner-only.pdf': pdf(articlePages(PARAGRAPHS), { userPassword: '', ownerPassword: 'owner' }),
    'scanned.pdf': pdf([scannedPage, scannedPage]),
    'truncated.pdf': article.subarray(0, Math.floor(article.length * 0.6)),
    'corrupt.pdf': Buffer.from(`%PDF-1.7\n${'these bytes are not the objects of a PDF\n'.repeat(40)}%%EOF\n`),
    'article.docx': articleDocx([
      { text: PARAGRAPHS[0], style: 'Heading1' },
      ...PARAGRAPHS.slice(1).map((text) => ({ text, style: text.startsWith('Talks on a ceasefire') ? 'Heading2' : undefined })),
    ]),
    'fake.docx': Buffer.from(SOURCE_TEXT),
  };
  const paths = {};
  for (const [name, bytes] of Object.entries(files)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], bytes);
  }
  paths['huge.pdf'] = join(dir, 'huge.pdf');
  const huge = openSync(paths['huge.pdf'], 'w');
  ftruncateSync(huge, 300 * 1024 * 1024); // sparse: 300 MB that take no disk space
  closeSync(huge);
  return paths;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const paths = await writeDocumentFixtures(process.argv[2] ?? 'document-fixtures');
  console.log(Object.values(paths).join('\n'));
}
