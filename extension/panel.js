// The side panel: summarizes the article of the tab the toolbar button was clicked in.
// It copies the HTML of what the tab shows (page-marks.js, run there), finds the article in an
// inert copy with Readability (the page's readable-text.js), summarizes it with the
// package in a Web Worker (precis/worker), shows the result with the page's panels
// (results.js) and highlights the summary sentences in the tab. Nothing leaves the device.
import { createSummarizer } from './js/browser.mjs';
import { markTexts, pageHtml, scrollToMark } from './page-marks.js';
import { articleText, parseHtml } from './readable-text.js';
import { onSummaryRequest } from './request.js';
import { showEntities, showKeywords, showSummary } from './results.js';

/** The CSS highlights in the tab: the summary sentences, and the mentions of the chosen entity or keyword. */
const SUMMARY = 'precis-summary';
const MENTION = 'precis-mention';
const HIGHLIGHT_CSS = `::highlight(${SUMMARY}) { background-color: #fde68a; color: #1f2937; }
::highlight(${MENTION}) { background-color: #93c5fd; color: #1f2937; }`;

const $ = (id) => document.getElementById(id);
const summarizer = createSummarizer();
let lastRun = 0; // each run is numbered: an older run that ends late shows nothing

/** Runs `func(...args)` in the tab; resolves to what it returns. */
async function inTab(tabId, func, ...args) {
  const [{ result }] = await chrome.scripting.executeScript({ target: { tabId }, func, args });
  return result;
}

/** Summarizes the article of the tab `tabId`, shows the result and highlights the summary in the tab. */
async function summarizeTab(tabId) {
  const run = ++lastRun;
  const current = () => run === lastRun;
  clearResult();
  setStatus('Reading the page…');
  let html;
  try {
    html = await inTab(tabId, pageHtml);
  } catch (err) {
    if (current()) showUnreadable(err);
    return;
  }
  try {
    const text = await articleText(parseHtml(html));
    if (!current()) return;
    if (text === null) {
      showNoArticle();
      await inTab(tabId, markTexts, [], SUMMARY);
      return;
    }
    setStatus('Summarizing…');
    const result = await summarizer.summarize(text);
    if (current()) await showResult(tabId, text, result);
  } catch (err) {
    if (current()) showError(`Could not summarize this page: ${err.message}`);
  }
}

async function showResult(tabId, text, result) {
  const sentences = result.sentences;
  $('summary-empty').hidden = true;
  const goToSentence = (sentence) => inTab(tabId, scrollToMark, SUMMARY, sentences.indexOf(sentence)).catch(showUnreadable);
  showSummary($('summary-list'), sentences, goToSentence);
  const showMentions = async (item) => {
    try {
      await inTab(tabId, markTexts, item.mentions.map(({ start, end }) => text.slice(start, end)), MENTION);
      await inTab(tabId, scrollToMark, MENTION, 0);
    } catch (err) {
      showUnreadable(err);
    }
  };
  const handlers = { onFocus: () => {}, onBlur: () => {}, onSelect: showMentions };
  showEntities($('entity-groups'), result.entities, handlers);
  showKeywords($('keyword-list'), result.keywords, handlers);
  $('entities-empty').hidden = result.entities.length > 0;
  $('keywords-empty').hidden = result.keywords.length > 0;
  await chrome.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
  await inTab(tabId, markTexts, [], MENTION);
  const marked = await inTab(tabId, markTexts, sentences.map((s) => s.text), SUMMARY);
  const missing = sentences.length - marked;
  setStatus(`Summary ready: ${sentences.length} of ${result.stats.sentences} sentences, highlighted in the page` +
    `${missing ? ` (${missing} could not be found there)` : ''}.`);
}

function showNoArticle() {
  showError('This page has no article to summarize. Open an article, a blog post or a documentation page, then click précis again.');
}

/** Explains why the tab cannot be read (a browser page, or no click on this tab since it navigated). */
function showUnreadable(err) {
  showError('précis cannot read this tab. Browser pages (chrome://, the Web Store) are closed to extensions; ' +
    `on any other page, click the précis button again to let it read the page. (${err.message})`);
}

function setStatus(message) {
  $('status').textContent = message;
}

function showError(message) {
  if (message) setStatus('');
  $('error').textContent = message;
  $('error').hidden = !message;
}

function clearResult() {
  showError('');
  for (const id of ['summary-list', 'entity-groups', 'keyword-list']) $(id).replaceChildren();
  for (const id of ['summary-empty', 'entities-empty', 'keywords-empty']) $(id).hidden = false;
}

onSummaryRequest(summarizeTab);
