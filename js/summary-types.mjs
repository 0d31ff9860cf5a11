// The four summary types of the Summarizer API, made extractive: which précis call each
// needs (precisOptions), which of its sentences each keeps (chooseParts) and how they
// are written out (summaryPieces). Shared by `precis/summarizer` and the page.
import { SPEAKER_LABEL, cutHeadline, titleLine } from './headline.mjs';

/** The values of the API's enums, in the spec's order. */
export const TYPES = ['tldr', 'teaser', 'key-points', 'headline'];
export const LENGTHS = ['short', 'medium', 'long'];
export const FORMATS = ['plain-text', 'markdown'];

/** Sentences (bullets for key points) per type and length. */
const SENTENCES = {
  'key-points': { short: 3, medium: 5, long: 7 },
  tldr: { short: 1, medium: 3, long: 5 },
  teaser: { short: 1, medium: 3, long: 5 },
  headline: { short: 1, medium: 1, long: 1 },
};
/** Words a headline has at most, per length. */
const HEADLINE_WORDS = { short: 12, medium: 17, long: 22 };
/** Key points and teasers choose among this many times as many of précis' best sentences. */
const POOL = 3;

/** How many sentences (bullets) a summary of this type and length has at most. */
const sentenceCount = (type, length) => SENTENCES[type][length];

/**
 * The options of précis' `summarize` that a summary of this type and length needs:
 * the sentence count (a larger pool for key points and teasers, which choose in it),
 * and `focus` when there is one (the shared context and the context, together).
 */
export function precisOptions(type, length, focus = '') {
  const count = sentenceCount(type, length);
  const sentences = type === 'key-points' || type === 'teaser' ? count * POOL : count;
  return focus.trim() ? { sentences, focus } : { sentences };
}

/**
 * The parts of the summary of `text`, given précis' `summary` of it (made with
 * `precisOptions`): `{ index, start, end, text }` in document order, where `start`/`end`
 * is the sentence (or title) in `text` and `text` what the summary says (a headline
 * may be cut short).
 */
export function chooseParts(text, summary, type, length) {
  const count = sentenceCount(type, length);
  const total = summary.stats.sentences;
  const pool = summary.sentences.map(({ index, start, end, text: sentence, score }) => ({ index, start, end, text: sentence, score }));
  if (pool.length === 0) return [];
  if (type === 'headline') return [headline(text, bestFirst(pool)[0], HEADLINE_WORDS[length], summary.language)];
  const chosen = { 'key-points': spreadOver, teaser: opening, tldr: (sentences) => bestFirst(sentences).slice(0, count) }[type](pool, total, count);
  return withSpeakers(text, inOrder(chosen));
}

/** In a transcript (three lines or more open with a `Speaker:` label), a sentence that
 * does not open its line gets the line's label, unless the part before it is on the same
 * line, so that a summary says who spoke. `parts` are sentences of `text` (`start` and
 * `text` each), in document order. Shared by the page, `precis/summarizer` and the
 * command line. */
export function withSpeakers(text, parts) {
  if (text.split('\n').filter((line) => SPEAKER_LABEL.test(line.trimStart())).length < 3) return parts;
  const lineStart = (offset) => text.lastIndexOf('\n', offset - 1) + 1;
  return parts.map((part, i) => {
    const start = lineStart(part.start);
    const label = SPEAKER_LABEL.exec(text.slice(start, part.start).trimStart())?.[0];
    const sameLine = i > 0 && lineStart(parts[i - 1].start) === start;
    return label && start < part.start && !sameLine ? { ...part, text: `${label.trim()} ${part.text}` } : part;
  });
}

const inOrder = (parts) => parts.sort((a, b) => a.index - b.index).map(({ score, ...part }) => part);
const bestFirst = (pool) => [...pool].sort((a, b) => b.score - a.score || a.index - b.index);

/** One sentence from each of `count` equal stretches of the text (the best of the pool
 * there), then the best remaining ones for stretches that have none. */
function spreadOver(pool, total, count) {
  const chosen = new Set();
  for (let part = 0; part < count; part++) {
    const [from, to] = [Math.floor((part * total) / count), Math.floor(((part + 1) * total) / count)];
    const best = bestFirst(pool.filter((s) => s.index >= from && s.index < to))[0];
    if (best) chosen.add(best);
  }
  for (const sentence of bestFirst(pool)) if (chosen.size < count) chosen.add(sentence);
  return [...chosen];
}

/** The best of the pool in the opening half of the text; if it has too few, the next best
 * elsewhere, but never the text's last sentence (its conclusion). */
function opening(pool, total, count) {
  const half = Math.ceil(total / 2);
  const ranked = bestFirst(pool);
  const early = ranked.filter((s) => s.index < half);
  const late = ranked.filter((s) => s.index >= half && (s.index < total - 1 || total === 1));
  return [...early, ...late].slice(0, count);
}

/** The title line when the text has one, else the best sentence; cut to `maxWords` words. */
function headline(text, best, maxWords, language) {
  const title = titleLine(text, language);
  const part = title ? { index: 0, ...title, text: text.slice(title.start, title.end) } : best;
  const { score, ...rest } = part;
  return { ...rest, text: cutHeadline(part.text, maxWords, language) };
}

/**
 * The summary as pieces whose concatenation is the whole summary: one a bullet or a
 * sentence. Key points are `- ` bullets (Markdown) or plain lines, one a line; a TL;DR or
 * a teaser is one paragraph; a headline is one line, never a Markdown heading. Markdown
 * escapes whatever the sentences have that it would read as markup.
 */
export function summaryPieces(parts, type, format, language) {
  const markdown = format === 'markdown';
  const texts = parts.map((part) => (markdown ? escapeMarkdown(oneLine(part.text)) : oneLine(part.text)));
  if (type === 'key-points') return texts.map((t, i) => `${i > 0 ? '\n' : ''}${markdown ? '- ' : ''}${t}`);
  const space = language === 'zh' || language === 'ja' ? '' : ' ';
  return texts.map((t, i) => (i > 0 ? space : '') + t);
}

/** `text` with every character Markdown could read as markup escaped with a backslash. */
export function escapeMarkdown(text) {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/^(\d+)\. /, '$1\\. ')
    .replace(/^([-+]) /, '\\$1 ');
}

/** A sentence on one line: hard-wrapped prose joined with single spaces. */
export function oneLine(text) {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
