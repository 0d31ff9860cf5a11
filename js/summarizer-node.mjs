// `precis/summarizer` in Node: the Summarizer API answered by précis in a worker_threads
// Worker. Types and documentation: summarizer.d.mts.
import { createSummarizer } from './node.mjs';
import { summarizerClass } from './summarizer.mjs';

export const Summarizer = summarizerClass(createSummarizer);
