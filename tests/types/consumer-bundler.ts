// Compiled by tests/js/package.test.mjs with tsc (moduleResolution bundler) against the
// installed package: browsers and bundlers get the ES module build, which needs init() first.
import init, { summarize } from 'precis';
import type { Summary } from 'precis';

export async function run(text: string): Promise<number> {
  await init();
  const summary: Summary = summarize(text, { maxWords: 50 });
  return summary.sentences.length;
}

// precis/worker in a browser: a module Web Worker, no init() needed.
import { createSummarizer } from 'precis/worker';

export async function runInWorker(text: string, signal: AbortSignal): Promise<string[]> {
  const summary: Summary = await createSummarizer().summarize(text, { sentences: 2 }, {
    signal,
    onProgress: ({ phase }) => console.log(phase),
  });
  return summary.sentences.map((s) => s.text);
}

// precis/summarizer in a browser, with the DOM's own AbortSignal.
import { Summarizer } from 'precis/summarizer';

export async function keyPoints(text: string): Promise<string> {
  const summarizer = await Summarizer.create({ type: 'key-points', signal: new AbortController().signal });
  return summarizer.summarize(text, { signal: AbortSignal.timeout(10_000) });
}
