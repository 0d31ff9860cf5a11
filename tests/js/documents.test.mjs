// PDF and Word files read as text in Node (js/documents.mjs with pdf.js's legacy build and
// mammoth) and by the CLI, from documents made at test time out of tests/fixtures/*.txt
// (tests/support/document-fixtures.mjs): the text read against the source text, progress
// and cancelling, and the message for each bad file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as precis from 'precis';
import { DocumentError, MAX_DOCUMENT_BYTES, documentText } from '../../js/documents.mjs';
import { pageLines, pagesText } from '../../js/pdf-layout.mjs';
import { PARAGRAPHS, SOURCE_TEXT, writeDocumentFixtures } from '../support/document-fixtures.mjs';

const mammoth = createRequire(import.meta.url)('mammoth');
const CLI = fileURLToPath(new URL('../../bin/precis.mjs', import.meta.url));
const load = async (kind) => (kind === 'pdf' ? pdfjs : mammoth);

let dir, files;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'precis-documents-'));
  files = await writeDocumentFixtures(dir, { longPages: 60 });
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** The text of fixture `name` as documentText reads it. */
const read = (name, options = {}) => documentText(new Uint8Array(readFileSync(files[name])), name.endsWith('.pdf') ? 'pdf' : 'docx', { load, ...options });

test('a two-column PDF is read column by column: the source paragraphs, without headers, footers or page numbers, broken words rejoined', async () => {
  const text = await read('article.pdf');
  assert.deepEqual(text.split('\n\n'), PARAGRAPHS);
  for (const running of ['Port Alder Review', 'Weekly edition', 'Printed for subscribers']) assert.ok(!text.includes(running), running);
  assert.doesNotMatch(text, /\p{L}- \p{Ll}|\p{L}-\n/u, 'no hyphen left from a line end');
  const source = readFileSync(files['article.pdf'], 'latin1');
  assert.match(source, /\p{Ll}-\) Tj/u, 'the PDF has hyphenated line ends to rejoin');
});

test('a PDF encrypted with an owner password only opens without one and reads the same', async () => {
  assert.equal(await read('owner-only.pdf'), PARAGRAPHS.join('\n\n'));
});

test('a .docx keeps its headings and paragraphs, each a paragraph of its own', async () => {
  assert.equal(await read('article.docx'), PARAGRAPHS.join('\n\n'));
});

test('a long PDF is read whole, progress names every page, and an AbortSignal stops the reading with its reason', async () => {
  const seen = [];
  const text = await read('long.pdf', { onProgress: (progress) => seen.push(progress) });
  assert.ok(seen.length >= 40, `${seen.length} pages`);
  assert.deepEqual(seen, seen.map((_, i) => ({ page: i + 1, pages: seen.length })));
  const [title, ...paragraphs] = text.split('\n\n');
  assert.equal(title, PARAGRAPHS[0]);
  assert.ok(paragraphs.length > 4 * seen.length, `${paragraphs.length} paragraphs`);
  for (const paragraph of paragraphs) assert.ok(PARAGRAPHS.includes(paragraph), paragraph);

  const controller = new AbortController();
  const pagesSeen = [];
  const reading = read('long.pdf', {
    signal: controller.signal,
    onProgress: ({ page }) => {
      pagesSeen.push(page);
      if (page === 5) controller.abort();
    },
  });
  await assert.rejects(reading, { name: 'AbortError' });
  assert.deepEqual(pagesSeen, [1, 2, 3, 4, 5]);
});

/** Each bad file and the start of the message it gets. */
const BAD_FILES = {
  'encrypted.pdf': /^this PDF is encrypted \/ password-protected/,
  'scanned.pdf': /^this PDF has no text to summarize; it looks like scanned images/,
  'truncated.pdf': /^this PDF is truncated: its end is missing/,
  'corrupt.pdf': /^this PDF is damaged/,
  'fake.docx': /^this file is not a Word document/,
};

test('each bad file rejects with a DocumentError that says what is wrong and what to do', async () => {
  for (const [name, message] of Object.entries(BAD_FILES)) {
    const error = await read(name).then(() => null, (e) => e);
    assert.ok(error instanceof DocumentError, `${name}: ${error}`);
    assert.match(error.message, message, name);
  }
  const text = new TextEncoder().encode(SOURCE_TEXT);
  await assert.rejects(documentText(text, 'pdf', { load }), { name: 'DocumentError', message: /^this file is not a PDF/ });
  const oldWord = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  await assert.rejects(documentText(oldWord, 'docx', { load }), { message: /old Word file \(\.doc\) or a password-protected one/ });
  const tooLarge = { length: MAX_DOCUMENT_BYTES + 1 };
  await assert.rejects(documentText(tooLarge, 'pdf', { load: () => assert.fail('loaded') }), { message: /at most 100 MB/ });
});

/** A pdf.js text item: `text` at (x, y) in a font of `size`, `width` wide. */
const item = (str, x, y, width, size = 10) => ({ str, transform: [size, 0, 0, size, x, y], width });
/** The items of a column of justified lines 250 points wide, 12 points apart from y = 700 down; null leaves a gap. */
function column(lines) {
  let y = 712;
  return lines.flatMap((line) => {
    y -= line === null ? 20 : 12;
    return line === null ? [] : [item(line, 50, y, 250)];
  });
}
/** The text of pages, each a list of pdf.js items. */
const textOf = (...pages) => pagesText(pages.map(pageLines));

test('line ends: a broken word loses its hyphen unless the text writes the compound, or both halves stand alone elsewhere', () => {
  const text = textOf(column([
    'The well-known report gave more infor-',
    'mation. Its well-',
    'known authors were well and truly known. A pre-',
    'liminary note and a non-',
    'profit group.',
  ]));
  assert.equal(text, 'The well-known report gave more information. Its well-known authors were well and truly known. A preliminary note and a nonprofit group.');
});

test('paragraphs: a wider gap, a change of size or a bullet starts one; page numbers at a page edge go', () => {
  const title = [item('A Title', 50, 740, 60, 16)];
  const page = [...title, ...column(['First paragraph line one', 'and line two.', null, 'Second paragraph:', '• one item,', '• another.']), item('7', 300, 40, 5)];
  assert.equal(textOf(page), 'A Title\n\nFirst paragraph line one and line two.\n\nSecond paragraph:\n\n• one item,\n\n• another.');
  const front = [...column(['Preface text that runs on', 'and ends here.']), item('xiv', 300, 40, 12), item('- 15 -', 300, 760, 20)];
  assert.equal(textOf(front), 'Preface text that runs on and ends here.');
});

test('the CLI summarizes a PDF and a .docx as it summarizes the source text, from a file or standard input', () => {
  const expected = precis.summarize(SOURCE_TEXT, { sentences: 4 }).sentences.map((s) => `${s.text.replace(/\s+/g, ' ')}\n`).join('');
  for (const name of ['article.pdf', 'article.docx']) {
    const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, files[name], '--sentences', '4'], { encoding: 'utf8', timeout: 60_000 });
    assert.deepEqual({ status, stderr, stdout }, { status: 0, stderr: '', stdout: expected }, name);
    const piped = spawnSync(process.execPath, [CLI, '--sentences', '4'], { input: readFileSync(files[name]), encoding: 'utf8', timeout: 60_000 });
    assert.deepEqual({ status: piped.status, stderr: piped.stderr, stdout: piped.stdout }, { status: 0, stderr: '', stdout: expected }, `${name} on standard input`);
  }
});

test('the CLI exits 1 with the message on stderr for each bad file, and refuses a 300 MB PDF before reading it', () => {
  for (const [name, message] of Object.entries({ ...BAD_FILES, 'huge.pdf': /^this file is 300 MB; précis reads PDF and Word files of at most 100 MB/ })) {
    const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, files[name]], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(status, 1, name);
    assert.equal(stdout, '', name);
    const prefix = `precis: cannot read ${files[name]}: `;
    assert.ok(stderr.startsWith(prefix), stderr);
    assert.match(stderr.slice(prefix.length), message, name);
  }
});
