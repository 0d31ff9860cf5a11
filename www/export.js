// The summary as text to copy: plain text or Markdown (the summary, then the key entities
// and keywords). A summary of a Summarizer API type is written as that API writes it
// (js/summary-types.mjs); a custom one has a sentence a paragraph, or a bullet in Markdown.
// Markdown's special characters are escaped, so that a sentence is never read as markup.
// (www/js is a link to the package's js/, so that this module also loads in Node's tests.)
import { escapeMarkdown, oneLine, summaryPieces } from './js/summary-types.mjs';

export { escapeMarkdown };

/** The summary as plain text: as the Summarizer API writes its type, else one sentence per paragraph. */
export function summaryAsText(result) {
  if (result.type) return summaryPieces(result.sentences, result.type, 'plain-text', result.language).join('');
  return result.sentences.map((s) => oneLine(s.text)).join('\n\n');
}

/** The summary as Markdown under a heading, then the entities and keywords. */
export function summaryAsMarkdown(result) {
  const body = result.type
    ? summaryPieces(result.sentences, result.type, 'markdown', result.language).join('')
    : result.sentences.map((s) => `- ${escapeMarkdown(oneLine(s.text))}`).join('\n');
  const lines = ['## Summary', '', body];
  if (result.entities.length > 0) lines.push('', `**Key entities:** ${result.entities.map((e) => escapeMarkdown(e.text)).join(', ')}`);
  if (result.keywords.length > 0) lines.push('', `**Keywords:** ${result.keywords.map((k) => escapeMarkdown(k.text)).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
