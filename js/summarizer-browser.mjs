// `precis/summarizer` in browsers and bundlers: the Summarizer API answered by précis in a
// module Web Worker. Types and documentation: summarizer.d.mts.
import { createSummarizer } from './browser.mjs';
import { summarizerClass } from './summarizer.mjs';

export const Summarizer = summarizerClass(createSummarizer);
