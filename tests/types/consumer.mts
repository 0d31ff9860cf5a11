// Compiled by tests/js/package.test.mjs with tsc (moduleResolution node16) against the
// installed package: the declarations must accept this code, and reject each line marked
// as an expected error. Node's import also has an init(), which does nothing.
import init, { summarize, splitSentences, extractEntities, extractKeywords, version } from 'precis';
import type { Summary, SummarizeOptions, Sentence, Entity, EntityKind, Keyword, Mention, Language } from 'precis';

const options: SummarizeOptions = { sentences: 3, language: 'auto', focus: 'bridge', abbreviations: ['approx.'] };
const summary: Summary = summarize('Some text. More text.', options);
const first: number = summary.sentences[0].start + summary.sentences[0].end + summary.sentences[0].score;
const words: number = summary.stats.words + summary.stats.sentences;
const language: Language = summary.language;
const sentences: Sentence[] = splitSentences('One. Two.', { language: 'fr', abbreviations: ['M.'] });
const entities: Entity[] = extractEntities('Ann Lee met Bo Chen.', { language: 'en' });
const mention: Mention = entities[0].mentions[0];
const label: string = `${entities[0].text} ${entities[0].count} ${entities[0].score} ${mention.start}`;
const kind: EntityKind = extractEntities('Ann Lee met Bo Chen.', { kinds: ['person', 'place'], limit: 3 })[0].kind;
const variants: string[] = entities[0].variants;
const keywords: Keyword[] = extractKeywords('Prices rose. Prices rose again.', { limit: 5 });
const phrases: string[] = summary.keywords.map((k) => `${k.text} ${k.count} ${k.score} ${k.mentions[0].start}`);
// @ts-expect-error no such kind
extractEntities('text', { kinds: ['people'] });
// @ts-expect-error keywords have no kinds
extractKeywords('text', { kinds: ['person'] });
const v: string = version();
summarize('text');

// @ts-expect-error unknown option
summarize('text', { sentence: 3 });
// @ts-expect-error wrong type
summarize('text', { ratio: '20%' });
// @ts-expect-error unsupported language
summarize('text', { language: 'xx' });
// @ts-expect-error text must be a string
summarize(42);

export { first, words, language, sentences, label, v, kind, variants, keywords, phrases };

// precis/worker: the same functions, asynchronous, in a worker_threads Worker.
import { createSummarizer, summarizeAsync } from 'precis/worker';
import type { Summarizer, Progress, CallControl } from 'precis/worker';

const summarizer: Summarizer = createSummarizer();
const control: CallControl = { onProgress: (p: Progress) => p.phase === 'running' };
const later: Promise<Summary> = summarizer.summarize('Some text.', { ratio: 0.5 }, control);
const split: Promise<Sentence[]> = summarizer.splitSentences('One. Two.');
const found: Promise<Entity[]> = summarizeAsync('text').then(() => summarizer.extractEntities('Ann Lee.', { kinds: ['person'] }));
const phrasesLater: Promise<Keyword[]> = summarizer.extractKeywords('Prices rose. Prices rose again.', { limit: 3 });
const ready: Promise<void> = init();
summarizer.terminate();
// @ts-expect-error the options are checked as in summarize
summarizer.summarize('text', { sentence: 3 });
// @ts-expect-error no such phase
const phase: Progress['phase'] = 'finished';

export { later, split, found, phrasesLater, ready, phase };

// precis/summarizer: the Summarizer API, and the polyfill.
import { Summarizer as WebSummarizer } from 'precis/summarizer'; // precis/worker has a Summarizer type too
import type { Availability, SummarizerCreateOptions, SummarizerType } from 'precis/summarizer';
import { installed, preferBuiltIn } from 'precis/summarizer/polyfill';

const createOptions: SummarizerCreateOptions = {
  type: 'headline', length: 'long', format: 'plain-text', sharedContext: 'ferry', expectedInputLanguages: ['en'],
  outputLanguage: 'en', monitor: (m) => m.addEventListener('downloadprogress', (e) => e.loaded / e.total),
};
const availability: Promise<Availability> = WebSummarizer.availability({ type: 'tldr', expectedContextLanguages: ['fr'] });
const headline: Promise<string> = WebSummarizer.create(createOptions).then((s) => s.summarize('Text.', { context: 'for engineers' }));
const usage: Promise<number> = preferBuiltIn({ type: 'teaser' }).then((s) => s.measureInputUsage('Text.').then((n) => n + s.inputQuota));
const summaryType: SummarizerType = 'key-points';
// the polyfill's global, as code written for the built-in uses it
const globalHeadline: Promise<string> = Summarizer.create({ type: 'headline' }).then((s) => s.summarize('Text.'));
const globalAvailability: Promise<Availability> = globalThis.Summarizer.availability();
// @ts-expect-error the global has the same API: no such type
Summarizer.create({ type: 'abstract' });
const polyfilled: boolean = installed;
async function streamed(s: WebSummarizer): Promise<string> {
  let all = '';
  for await (const chunk of s.summarizeStreaming('Text.')) all += chunk;
  const languages: readonly string[] | null = s.expectedInputLanguages;
  s.destroy();
  return all + s.type + s.length + s.format + s.sharedContext + languages + s.outputLanguage;
}
// @ts-expect-error no such type (the spec's old spelling)
WebSummarizer.create({ type: 'tl;dr' });
// @ts-expect-error summarizers are made by create()
new WebSummarizer();
// @ts-expect-error the summary is a string
const notArray: string[] = await WebSummarizer.create().then((s) => s.summarize('Text.'));

export { availability, headline, usage, summaryType, polyfilled, streamed, notArray, globalHeadline, globalAvailability };
