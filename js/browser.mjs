// `precis/worker` in browsers and bundlers: the package run in a module Web Worker,
// so that long texts never block the page. Types and documentation: worker.d.mts.
import { workerApi } from './client.mjs';

export const { createSummarizer, summarizeAsync } = workerApi((events) => {
  const worker = new Worker(new URL('./browser-worker.mjs', import.meta.url), { type: 'module', name: 'precis' });
  worker.onmessage = (event) => events.message(event.data);
  worker.onmessageerror = () => events.failure('a message from the worker could not be read');
  worker.onerror = (event) => {
    event.preventDefault();
    events.failure(event.message || 'the worker script could not be loaded');
  };
  return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate(), hold: () => {} };
});
