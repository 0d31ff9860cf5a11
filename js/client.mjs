// The worker API's core, the same in browsers and Node: one worker at a time, calls
// answered in the order they were made, cancellation by AbortSignal, and a fresh
// worker after a crash. Where the worker comes from is given by `startWorker`.

/** The package functions a worker runs, by name. */
export const METHODS = ['summarize', 'splitSentences', 'extractEntities', 'extractKeywords'];

/**
 * Makes `createSummarizer` and `summarizeAsync` for one environment. `startWorker(events)`
 * starts a worker and returns `{ post(message), terminate(), hold(busy) }`; it reports
 * what the worker sends with `events.message(data)` and a crash with `events.failure(reason)`.
 */
export function workerApi(startWorker) {
  const createSummarizer = () => summarizer(startWorker);
  let shared = null;
  const summarizeAsync = (text, options, control) => (shared ??= createSummarizer()).summarize(text, options, control);
  return { createSummarizer, summarizeAsync };
}

function summarizer(startWorker) {
  let worker = null; // the live worker, started by the first call
  let running = null; // the call the worker is working on
  const queue = []; // calls waiting for it, oldest first
  let lastId = 0;

  function call(method, text, options, control) {
    return new Promise((resolve, reject) => {
      const { signal, onProgress } = readControl(control);
      if (signal?.aborted) return reject(signal.reason);
      const job = { id: ++lastId, method, text, options, onProgress, signal, resolve, reject };
      job.abort = () => cancel(job);
      signal?.addEventListener('abort', job.abort, { once: true });
      queue.push(job);
      next();
    });
  }

  /** Sends the oldest waiting call to the worker, starting one if needed. */
  function next() {
    if (running || queue.length === 0) return;
    running = queue.shift();
    if (!worker) worker = start();
    worker.hold(true);
    const { id, method, text, options } = running;
    try {
      worker.post({ id, method, text, options });
    } catch (error) {
      receive({ id, error: { name: 'TypeError', message: `precis: the text and options cannot be sent to the worker (${error.message})` } });
    }
  }

  function start() {
    const started = startWorker({
      message: (data) => worker === started && receive(data),
      failure: (reason) => worker === started && stop(new Error(`precis: the worker stopped (${reason}); the next call starts a new one`)),
    });
    return started;
  }

  function receive({ id, progress, result, error, fatal }) {
    const job = running;
    if (!job || job.id !== id) return;
    if (progress) return job.onProgress?.({ phase: progress });
    if (fatal) return stop(workerError(error));
    running = null;
    settle(job);
    if (error) job.reject(workerError(error));
    else job.resolve(unpackMentions(result));
    worker.hold(false);
    next();
  }

  /** Ends the worker, failing the call it was working on with `reason`; later calls start a new one. */
  function stop(reason) {
    const job = running;
    worker?.terminate();
    worker = null;
    running = null;
    if (job) {
      settle(job);
      job.reject(reason);
    }
    next();
  }

  function cancel(job) {
    if (job === running) return stop(job.signal.reason);
    const at = queue.indexOf(job);
    if (at < 0) return;
    queue.splice(at, 1);
    settle(job);
    job.reject(job.signal.reason);
  }

  function settle(job) {
    job.signal?.removeEventListener('abort', job.abort);
  }

  function terminate() {
    const waiting = queue.splice(0);
    stop(new Error('precis: the summarizer was terminated'));
    for (const job of waiting) {
      settle(job);
      job.reject(new Error('precis: the summarizer was terminated'));
    }
  }

  const methods = Object.fromEntries(METHODS.map((name) => [name, (text, options, control) => call(name, text, options, control)]));
  return { ...methods, terminate };
}

/** The entities and keywords of a result (a Summary, or the list a function returned). */
const itemsWithMentions = (result) =>
  (Array.isArray(result) ? result : [...(result?.entities ?? []), ...(result?.keywords ?? [])]).filter((item) => item?.mentions);

/**
 * Packs, in place, every `mentions` list of a worker's result into a Uint32Array of
 * start/end pairs, and returns their buffers for the worker to transfer. A long text has
 * 100,000s of mentions: as objects, reading them on the page's side of the message
 * takes over 100 ms of its main thread; packed, a few ms. `unpackMentions` undoes it.
 */
export function packMentions(result) {
  return itemsWithMentions(result).map((item) => {
    const packed = new Uint32Array(item.mentions.length * 2);
    item.mentions.forEach(({ start, end }, i) => {
      packed[2 * i] = start;
      packed[2 * i + 1] = end;
    });
    item.mentions = packed;
    return packed.buffer;
  });
}

/** Rebuilds, in place, the `{ start, end }` mentions of a result packed by `packMentions`; returns it. */
export function unpackMentions(result) {
  for (const item of itemsWithMentions(result)) {
    const packed = item.mentions;
    item.mentions = Array.from({ length: packed.length / 2 }, (_, i) => ({ start: packed[2 * i], end: packed[2 * i + 1] }));
  }
  return result;
}

/** The `{ signal, onProgress }` of a call, checked: a TypeError says what is wrong. */
function readControl(control) {
  if (control === undefined || control === null) return {};
  if (typeof control !== 'object') throw new TypeError(`precis: the third argument must be an object such as { signal, onProgress }, got ${describe(control)}`);
  for (const key of Object.keys(control)) {
    if (key !== 'signal' && key !== 'onProgress') throw new TypeError(`precis: unknown control "${key}": the controls are signal, onProgress`);
  }
  const { signal, onProgress } = control;
  if (signal !== undefined && typeof signal?.addEventListener !== 'function') {
    throw new TypeError(`precis: "signal" must be an AbortSignal, got ${describe(signal)}`);
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new TypeError(`precis: "onProgress" must be a function, got ${describe(onProgress)}`);
  }
  return { signal, onProgress };
}

const describe = (value) => (value === null ? 'null' : `a value of type ${typeof value}`);

/** The Error a worker reported, rebuilt on this side with the same message and kind. */
function workerError({ name, message }) {
  const Kind = { TypeError, RangeError }[name] ?? Error;
  return new Kind(message);
}
