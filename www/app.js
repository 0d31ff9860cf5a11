// The page: runs the summarizer on the pasted text and shows the summary, the key
// entities and the original with the summary highlighted. User text is only ever
// inserted as text nodes, never as HTML.
import init, { summarize } from './pkg/web/precis.js';
import { EXAMPLE } from './example.js';

const $ = (id) => document.getElementById(id);
const LANGUAGE_NAMES = {
  en: 'English', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', pt: 'Portuguese',
  nl: 'Dutch', ru: 'Russian', zh: 'Chinese', ja: 'Japanese', und: 'language not recognised',
};
const text = $('text');
const button = $('summarize');
const status = $('status');
const lengthKind = $('length-kind');
const lengthValue = $('length-value');

/** The options for the chosen length, as the JS API takes them. */
function lengthOptions() {
  const value = Number(lengthValue.value);
  switch (lengthKind.value) {
    case 'sentences': return { sentences: value };
    case 'percent': return { ratio: value / 100 };
    case 'words': return { maxWords: value };
    default: return {};
  }
}

function setStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function run() {
  const input = text.value;
  if (!input.trim()) {
    setStatus('Paste or type some text first.');
    return;
  }
  let result;
  const started = performance.now();
  try {
    result = summarize(input, lengthOptions());
  } catch (err) {
    setStatus(`Could not summarize: ${err.message}`, true);
    return;
  }
  const ms = performance.now() - started;
  showSummary(result);
  showEntities(result.entities);
  showHighlighted(input, result.sentences);
  const wordsOut = result.sentences.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0);
  const language = LANGUAGE_NAMES[result.language] ?? result.language;
  $('stats').textContent =
    `${result.sentences.length} of ${result.stats.sentences} sentences · ${wordsOut} of ${result.stats.words} words · ${language} · ${ms.toFixed(1)} ms`;
  setStatus(`Summarized ${result.stats.sentences} sentences into ${result.sentences.length}.`);
}

function showSummary(result) {
  const list = $('summary-list');
  list.replaceChildren(
    ...result.sentences.map((s) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#sentence-${s.index}`;
      link.textContent = s.text;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        document.getElementById(`sentence-${s.index}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      });
      item.append(link);
      return item;
    }),
  );
  $('summary-empty').hidden = result.sentences.length > 0;
  if (result.sentences.length === 0) $('summary-empty').textContent = 'No sentence fits that length.';
}

function showEntities(entities) {
  $('entity-list').replaceChildren(
    ...entities.map((e) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'entity-name';
      name.textContent = e.text;
      const count = document.createElement('span');
      count.className = 'entity-count';
      count.textContent = String(e.count);
      count.setAttribute('aria-label', `${e.count} mention${e.count === 1 ? '' : 's'}`);
      item.append(name, count);
      return item;
    }),
  );
  $('entities-empty').hidden = entities.length > 0;
  if (entities.length === 0) $('entities-empty').textContent = 'No named entity found.';
}

/** The original text, summary sentences wrapped in <mark> (built as text nodes). */
function showHighlighted(input, sentences) {
  const parts = [];
  let cursor = 0;
  for (const s of sentences) {
    parts.push(document.createTextNode(input.slice(cursor, s.start)));
    const mark = document.createElement('mark');
    mark.id = `sentence-${s.index}`;
    mark.textContent = input.slice(s.start, s.end);
    parts.push(mark);
    cursor = s.end;
  }
  parts.push(document.createTextNode(input.slice(cursor)));
  $('highlighted').replaceChildren(...parts);
}

lengthKind.addEventListener('change', () => {
  lengthValue.disabled = lengthKind.value === 'auto';
  lengthValue.value = { sentences: 3, percent: 20, words: 100 }[lengthKind.value] ?? 3;
});
button.addEventListener('click', run);
text.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    run();
  }
});
$('example').addEventListener('click', () => {
  text.value = EXAMPLE;
  run();
});

try {
  await init();
  button.disabled = false;
  $('example').disabled = false;
  setStatus('Ready. Paste some text and press Summarize (Ctrl+Enter).');
} catch (err) {
  setStatus(`The summarizer could not load (${err.message}). Reload the page to try again.`, true);
}
