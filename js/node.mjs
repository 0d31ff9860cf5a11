// `precis/worker` in Node: the package run in a worker_threads Worker, so that long
// texts never block the event loop. Types and documentation: worker.d.mts.
import { Worker } from 'node:worker_threads';
import { workerApi } from './client.mjs';

export const { createSummarizer, summarizeAsync } = workerApi((events) => {
  // execArgv: [] so that the process's own flags (e.g. --input-type) do not apply to the worker.
  const worker = new Worker(new URL('./node-worker.mjs', import.meta.url), { execArgv: [] });
  worker.on('message', events.message);
  worker.on('messageerror', () => events.failure('a message from the worker could not be read'));
  worker.on('error', (error) => events.failure(error.message));
  worker.on('exit', (code) => events.failure(`it exited with code ${code}`));
  return {
    post: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    hold: (busy) => (busy ? worker.ref() : worker.unref()), // an idle worker does not keep Node running
  };
});
