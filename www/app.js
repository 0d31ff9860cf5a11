// The page: takes a text (typed, pasted, dropped or opened), summarizes it in a module
// Web Worker (the package's `precis/worker`, js/browser.mjs) so that the page never
// freezes, and shows the summary (of a Summarizer API type, js/summary-types.mjs, or of a
// custom length), the entities and keywords, the statistics and the
// original with the summary highlighted. User text is only ever inserted as text.
import { createSummarizer } from './js/browser.mjs';
import { isDocument, textFromDocument } from './documents.js';
import { EXAMPLE } from './example.js';
import { summaryAsMarkdown, summaryAsText } from './export.js';
import { chooseParts, precisOptions } from './js/summary-types.mjs';
import { showOriginal } from './original.js';
import { countWords, showEntities, showKeywords, showStats, showSummary } from './results.js';
import { ACCEPTED_FILES, formatBytes, textFromFile, textFromTransfer, utf8Length } from './source.js';
import { forget, remember, rememberedText } from './storage.js';

/** Texts longer than this (UTF-16 units) are kept out of the textarea, which is slow with them. */
const EDITOR_LIMIT = 100_000;
/** Texts longer than this show their progress and can be cancelled. */
const LARGE_TEXT = 1_000_000;
/** The most UTF-8 bytes the summarizer accepts (the package documents the same limit). */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;
const LANGUAGE_NAMES = {
  en: 'English', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', pt: 'Portuguese',
  nl: 'Dutch', ru: 'Russian', zh: 'Chinese', ja: 'Japanese', und: 'not recognised',
};
/** What each summary type gives, as the page says it. */
const TYPE_HINTS = {
  'key-points': 'Key points: sentences from different parts of the text (3, 5 or 7).',
  tldr: 'TL;DR: the sentences that say most, as one paragraph (1, 3 or 5).',
  teaser: 'Teaser: the best sentences of the opening half, to make one read on (1, 3 or 5).',
  headline: 'Headline: the text\'s title, or its best sentence, in 12, 17 or 22 words at most.',
  custom: 'Custom: the most important sentences, as many as you choose.',
};
/** The length slider for each unit (custom summaries), and the option it sets. */
const UNITS = {
  sentences: { min: 1, max: 20, step: 1, value: 3, label: (n) => `${n} sentence${n === 1 ? '' : 's'}`, option: (n) => ({ sentences: n }) },
  percent: { min: 5, max: 100, step: 5, value: 20, label: (n) => `${n}% of the sentences`, option: (n) => ({ ratio: n / 100 }) },
  words: { min: 20, max: 500, step: 10, value: 100, label: (n) => `${n} words at most`, option: (n) => ({ maxWords: n }) },
};

const $ = (id) => document.getElementById(id);
const textArea = $('text');
const lengthSlider = $('length');
const summarizer = createSummarizer();
/** What the entity and keyword panels say before the first summary. */
const EMPTY_STATES = { entities: $('entities-empty').textContent, keywords: $('keywords-empty').textContent };

let largeText = null; // { text, name } for a text kept out of the textarea
let job = null; // { id, controller } of the summary being computed
let reading = null; // the AbortController of the file being read
let rerun = false; // settings changed while a job ran: summarize again when it ends
let lastJobId = 0;
let shown = null; // { text, result, view } on screen

/** The text to summarize. */
const currentText = () => largeText?.text ?? textArea.value;

// ---- status, errors, progress -------------------------------------------------------

function setStatus(message) {
  $('status').textContent = message;
}

function showError(message) {
  $('error').textContent = message;
  $('error').hidden = !message;
}

function setProgress(fraction) {
  const bar = $('progress');
  bar.hidden = fraction === undefined;
  if (fraction === null) bar.removeAttribute('value'); // under way, no fraction known
  else if (fraction !== undefined) bar.value = fraction;
}

// ---- input ----------------------------------------------------------------------------

/** Puts a whole new text in place (file, drop, example, long paste) and summarizes it. */
function loadText(text, name) {
  if (text.length > EDITOR_LIMIT) {
    largeText = { text, name };
    $('large-text-name').textContent = name;
    $('large-text-size').textContent = `· ${formatBytes(text.length)} of text${text.length > LARGE_TEXT ? ' (large: progress is shown and you can cancel)' : ''}`;
  } else {
    largeText = null;
    textArea.value = text;
  }
  showInputMode();
  textChanged();
  summarize();
}

function showInputMode() {
  textArea.hidden = largeText !== null;
  $('large-text').hidden = largeText === null;
}

function textChanged() {
  if ($('remember').checked) rememberCurrentText();
}

function rememberCurrentText() {
  try {
    remember(currentText());
  } catch (err) {
    $('remember').checked = false;
    showError(`Could not remember the text: ${err.message}.`);
  }
}

async function openFile(file) {
  if (!file) return;
  if (!isDocument(file) && file.size > MAX_TEXT_BYTES) {
    showError(tooLargeMessage(file.size));
    return;
  }
  reading?.abort();
  const controller = new AbortController();
  reading = controller;
  showError('');
  setStatus(`Reading ${file.name}…`);
  $('cancel').hidden = false;
  const onProgress = ({ page, pages }) => {
    setStatus(`Reading ${file.name}: page ${page} of ${pages}…`);
    setProgress(page / pages);
  };
  try {
    const text = isDocument(file) ? await textFromDocument(file, { signal: controller.signal, onProgress }) : await textFromFile(file);
    if (reading !== controller) return;
    controller.signal.throwIfAborted(); // a text file cancelled while it was read
    endReading();
    loadText(text, file.name);
  } catch (err) {
    if (reading !== controller) return;
    endReading();
    if (err?.name === 'AbortError') setStatus(`Cancelled: ${file.name} was not opened.`);
    else {
      showError(`Could not read ${file.name}: ${err?.message ?? err}`);
      setStatus(`${file.name} was not opened.`);
    }
  }
}

/** Hides the reading's progress and cancel button. */
function endReading() {
  reading = null;
  setProgress(undefined);
  $('cancel').hidden = !job?.large;
}

/** Reads the text of a paste or drop; null when it brings none or it cannot be read (the error is shown). */
async function transferredText(transfer) {
  try {
    return await textFromTransfer(transfer);
  } catch (err) {
    showError(`Could not read what was pasted or dropped: ${err.message}`);
    return null;
  }
}

textArea.addEventListener('paste', async (event) => {
  const { types } = event.clipboardData;
  if (!types.includes('text/plain') && !types.includes('text/html')) return; // no text: the browser's own paste
  event.preventDefault();
  const pasted = await transferredText(event.clipboardData);
  if (!pasted) return;
  if (pasted.length > EDITOR_LIMIT) return loadText(pasted, 'Pasted text');
  textArea.setRangeText(pasted, textArea.selectionStart, textArea.selectionEnd, 'end');
  textChanged();
  summarize();
});
textArea.addEventListener('input', textChanged);

const inputPanel = $('input');
inputPanel.addEventListener('dragover', (event) => {
  event.preventDefault();
  inputPanel.classList.add('dragging');
});
inputPanel.addEventListener('dragleave', (event) => {
  if (!inputPanel.contains(event.relatedTarget)) inputPanel.classList.remove('dragging');
});
inputPanel.addEventListener('drop', async (event) => {
  event.preventDefault();
  inputPanel.classList.remove('dragging');
  const [file] = event.dataTransfer.files;
  if (file) return openFile(file);
  const dropped = await transferredText(event.dataTransfer);
  if (dropped) loadText(dropped, 'Dropped text');
});

$('file').accept = ACCEPTED_FILES;
$('open').addEventListener('click', () => $('file').click());
$('file').addEventListener('change', () => {
  openFile($('file').files[0]);
  $('file').value = '';
});
$('example').addEventListener('click', () => loadText(EXAMPLE, 'Example'));
$('clear').addEventListener('click', () => {
  cancel();
  largeText = null;
  textArea.value = '';
  showInputMode();
  textChanged();
  clearResult();
  showError('');
  setStatus('Cleared. Paste, type, drop or open a text.');
  textArea.focus();
});

$('remember').addEventListener('change', () => {
  if ($('remember').checked) rememberCurrentText();
  else forget();
});

// ---- length and language ------------------------------------------------------------

const checked = (name) => document.querySelector(`input[name="${name}"]:checked`).value;
const unit = () => checked('unit');
const sliderValues = Object.fromEntries(Object.entries(UNITS).map(([name, u]) => [name, u.value]));

function showSlider() {
  const u = UNITS[unit()];
  Object.assign(lengthSlider, { min: u.min, max: u.max, step: u.step });
  lengthSlider.value = sliderValues[unit()];
  lengthSlider.setAttribute('aria-valuetext', u.label(Number(lengthSlider.value)));
  $('length-output').textContent = u.label(Number(lengthSlider.value));
}

for (const radio of document.querySelectorAll('input[name="unit"]')) {
  radio.addEventListener('change', () => {
    showSlider();
    summarizeLive();
  });
}
/** Shows the length controls of the summary type: short/medium/long, or the custom slider. */
function showType() {
  const type = checked('summary-type');
  $('lengths').hidden = type === 'custom';
  $('custom').hidden = type !== 'custom';
  $('type-hint').textContent = TYPE_HINTS[type];
}
for (const radio of document.querySelectorAll('input[name="summary-type"]')) {
  radio.addEventListener('change', () => {
    showType();
    summarizeLive();
  });
}
for (const radio of document.querySelectorAll('input[name="summary-length"]')) radio.addEventListener('change', summarizeLive);
lengthSlider.addEventListener('input', () => {
  sliderValues[unit()] = Number(lengthSlider.value);
  showSlider();
  summarizeLive();
});
$('language').addEventListener('change', summarizeLive);

/** The summary the controls ask for: `kind` (`{ type, length }`, null for a custom length)
 * and the options of the JS API that give it. */
function summaryRequest() {
  const language = $('language').value;
  const type = checked('summary-type');
  if (type === 'custom') return { kind: null, options: { ...UNITS[unit()].option(Number(lengthSlider.value)), language } };
  const length = checked('summary-length');
  return { kind: { type, length }, options: { ...precisOptions(type, length), language } };
}

/** précis' result with the summary of `kind` in place of its sentences (each `{ index, start, end, text }`). */
function shapeResult(text, result, kind) {
  if (!kind) return result;
  return { ...result, sentences: chooseParts(text, result, kind.type, kind.length), type: kind.type };
}

/** Follows a control: summarizes again when there is a text. */
function summarizeLive() {
  if (currentText().trim()) summarize();
}

// ---- summarizing ----------------------------------------------------------------------

const tooLargeMessage = (bytes) =>
  `This text is ${formatBytes(bytes)}; précis summarizes at most ${formatBytes(MAX_TEXT_BYTES)} at a time. Split it into parts and summarize each.`;

/** Summarizes the current text with the current controls; a call during a job reruns after it. */
async function summarize() {
  const text = currentText();
  if (!text.trim()) {
    setStatus('Paste, type, drop or open a text first.');
    return;
  }
  if (job) {
    rerun = true;
    if (job.large) { // seconds of work the new settings make useless: stop it
      lastJobId++;
      job.controller.abort();
    }
    return;
  }
  const id = ++lastJobId;
  const controller = new AbortController();
  const large = text.length > LARGE_TEXT;
  job = { id, controller, large };
  showError('');
  if (!large) setStatus('Summarizing…'); // each job sets a status (large ones say more below): "Summary ready" then means this one
  try {
    const bytes = large || text.length * 3 > MAX_TEXT_BYTES ? await utf8Length(text) : text.length;
    if (bytes > MAX_TEXT_BYTES) {
      showError(tooLargeMessage(bytes));
      setStatus('Nothing was sent to the summarizer.');
      return;
    }
    $('cancel').hidden = !large;
    const { kind, options } = summaryRequest();
    const started = performance.now();
    const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
    let ticker = null;
    if (large) {
      setProgress(null);
      setStatus(`Sending ${formatBytes(bytes)} to the summarizer…`);
    }
    const result = await summarizer.summarize(text, options, {
      signal: controller.signal,
      onProgress: ({ phase }) => {
        if (!large) return;
        clearInterval(ticker);
        const what = phase === 'loading' ? 'Starting the summarizer' : `Summarizing ${formatBytes(bytes)}`;
        setStatus(`${what}… ${elapsed()}`);
        ticker = setInterval(() => setStatus(`${what}… ${elapsed()}`), 1000);
      },
    }).finally(() => clearInterval(ticker));
    const ms = performance.now() - started;
    if (large) await new Promise((resolve) => setTimeout(resolve, 0)); // receiving a large result was one task: show it in others
    await showResult(text, shapeResult(text, result, kind), ms, { id, large });
  } catch (err) {
    if (lastJobId !== id) return;
    setProgress(undefined);
    if (err?.name === 'AbortError') {
      setStatus('Cancelled. The summarizer was stopped and is ready for another text.');
    } else if (/worker stopped|could not be loaded/.test(err?.message)) {
      showError(`The summarizer stopped unexpectedly and has been restarted. Press Summarize to try again. (${err.message})`);
      setStatus('The summarizer was restarted.');
    } else {
      showError(`Could not summarize: ${err?.message ?? err}`);
      setStatus('The text was not summarized.');
    }
  } finally {
    if (job?.id === id) job = null;
    $('cancel').hidden = true;
    if (rerun) {
      rerun = false;
      summarize();
    }
  }
}

/** Stops the file being read and the summary being computed (the worker is terminated), if any. */
function cancel() {
  rerun = false;
  reading?.abort();
  job?.controller.abort();
}

async function showResult(text, result, ms, { id, large }) {
  const wordsOut = countWords(result.sentences.map((s) => s.text).join(' '), result.language);
  showSummary($('summary-list'), result.sentences, scrollToSentence);
  $('summary-empty').hidden = true;
  if (result.sentences.length === 0) $('summary-list').replaceChildren(Object.assign(document.createElement('li'), { className: 'more', textContent: 'No sentence fits this length: make it longer.' }));
  const chipHandlers = { onFocus: (item) => shown?.view?.highlight(item.mentions), onBlur: () => shown?.view?.highlight([]), onSelect: scrollToMention };
  showEntities($('entity-groups'), result.entities, chipHandlers);
  showKeywords($('keyword-list'), result.keywords, chipHandlers);
  showEmptyState('entities-empty', result.entities.length ? null : 'No named entity found.');
  showEmptyState('keywords-empty', result.keywords.length ? null : 'No keyword found.');
  showStats($('stats'), { wordsIn: result.stats.words, wordsOut, sentencesIn: result.stats.sentences, sentencesOut: result.sentences.length, ms });
  showDetectedLanguage(result.language);
  $('copy-text').disabled = $('copy-markdown').disabled = false;
  shown = { text, result, view: null };

  if (large) setStatus('Showing the original…');
  const view = await showOriginal($('highlighted'), text, result.sentences, {
    onProgress: large ? setProgress : undefined,
    isCurrent: () => lastJobId === id,
  });
  if (lastJobId !== id || !view) return;
  shown.view = view;
  setProgress(undefined);
  setStatus(`Summary ready: ${result.sentences.length} of ${result.stats.sentences} sentences, ${LANGUAGE_NAMES[result.language] ?? result.language}.`);
}

/** Shows the paragraph `id` saying `message`, or hides it (null). */
function showEmptyState(id, message) {
  $(id).hidden = message === null;
  if (message !== null) $(id).textContent = message;
}

/** Names the detected language in the "Detect automatically" choice (null: none yet). */
function showDetectedLanguage(language) {
  const auto = $('language').querySelector('option[value="auto"]');
  const detected = language && $('language').value === 'auto' ? ` (${LANGUAGE_NAMES[language] ?? language})` : '';
  auto.textContent = `Detect automatically${detected}`;
}

function clearResult() {
  shown = null;
  lastJobId++;
  for (const id of ['summary-list', 'stats', 'entity-groups', 'keyword-list', 'highlighted']) $(id).replaceChildren();
  $('summary-empty').hidden = false;
  showEmptyState('entities-empty', EMPTY_STATES.entities);
  showEmptyState('keywords-empty', EMPTY_STATES.keywords);
  $('copy-text').disabled = $('copy-markdown').disabled = true;
  showDetectedLanguage(null);
}

function scrollToSentence(sentence) {
  const mark = document.getElementById(`sentence-${sentence.index}`);
  if (!mark) return;
  mark.tabIndex = -1;
  mark.scrollIntoView({ behavior: 'smooth', block: 'center' });
  mark.focus({ preventScroll: true });
}

const mentionTurns = new WeakMap(); // which mention of an item a click goes to next

/** Scrolls the original to the item's next mention. */
function scrollToMention(item) {
  if (!shown?.view || item.mentions.length === 0) return;
  const turn = mentionTurns.get(item) ?? 0;
  mentionTurns.set(item, (turn + 1) % item.mentions.length);
  const range = shown.view.highlight(item.mentions, item.mentions[turn].start);
  if (!range) return;
  const container = $('highlighted');
  container.scrollIntoView({ block: 'nearest' });
  const box = container.getBoundingClientRect();
  container.scrollTop += range.getBoundingClientRect().top - box.top - box.height / 2;
  setStatus(`“${item.text}”: mention ${turn + 1} of ${item.mentions.length}.`);
}

// ---- copying --------------------------------------------------------------------------

async function copy(format) {
  if (!shown) return;
  const [content, what] = format === 'markdown' ? [summaryAsMarkdown(shown.result), 'Markdown'] : [summaryAsText(shown.result), 'plain text'];
  const copied = $('copied');
  try {
    await navigator.clipboard.writeText(content);
    copied.textContent = `Copied the summary as ${what}.`;
    copied.classList.remove('failed');
  } catch (err) {
    copied.textContent = `Could not copy (${err.message}). Select the summary and copy it instead.`;
    copied.classList.add('failed');
  }
  clearTimeout(copy.timer);
  copy.timer = setTimeout(() => (copied.textContent = ''), 4000);
}
$('copy-text').addEventListener('click', () => copy('text'));
$('copy-markdown').addEventListener('click', () => copy('markdown'));

// ---- keyboard and start-up ------------------------------------------------------------

$('summarize').addEventListener('click', summarize);
$('cancel').addEventListener('click', cancel);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    summarize();
  } else if (event.key === 'Escape' && (job || reading)) {
    cancel();
  }
});

const remembered = rememberedText();
if (remembered !== null) {
  $('remember').checked = true;
  if (remembered.length > EDITOR_LIMIT) largeText = { text: remembered, name: 'Remembered text' };
  else textArea.value = remembered;
  showInputMode();
}
showSlider();
showType();

// Keeps a copy of the site for offline use (where the browser allows service workers:
// https and localhost). Without one the page still works as long as it stays open.
navigator.serviceWorker?.register(new URL('./sw.js', import.meta.url)).catch(() => {});

try {
  // Starts the worker and loads the WebAssembly now, so that the page also works offline later.
  await summarizer.summarize('', {});
  $('summarize').disabled = false;
  setStatus(remembered ? 'Ready. Your remembered text is back: press Summarize (Ctrl+Enter).' : 'Ready. Paste, type, drop or open a text, then press Summarize (Ctrl+Enter).');
} catch (err) {
  setStatus('The summarizer is not available.');
  showError(`The summarizer could not load (${err.message}). Check that the page's files are all on the server, then reload.`);
}
