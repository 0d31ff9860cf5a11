// The summary as text to copy: plain text (one sentence per paragraph) or Markdown (a
// bulleted list, then the key entities and keywords), with Markdown's special characters
// escaped so that a sentence is never read as markup.

/** The summary sentences as plain text, one per paragraph. */
export function summaryAsText(result) {
  return result.sentences.map((s) => oneLine(s.text)).join('\n\n');
}

/** The summary as Markdown: the sentences as a list, then entities and keywords. */
export function summaryAsMarkdown(result) {
  const lines = ['## Summary', '', ...result.sentences.map((s) => `- ${escapeMarkdown(oneLine(s.text))}`)];
  if (result.entities.length > 0) lines.push('', `**Key entities:** ${result.entities.map((e) => escapeMarkdown(e.text)).join(', ')}`);
  if (result.keywords.length > 0) lines.push('', `**Keywords:** ${result.keywords.map((k) => escapeMarkdown(k.text)).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** `text` with every character Markdown could read as markup escaped with a backslash. */
export function escapeMarkdown(text) {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&')
    .replace(/^(\d+)\. /, '$1\\. ')
    .replace(/^([-+]) /, '\\$1 ');
}

/** A sentence on one line: hard-wrapped prose joined with single spaces. */
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
