// Types of `precis/worker` (js/browser.mjs in browsers, js/node.mjs in Node). The
// package's types come from the Node build's declarations, which are the web build's
// without init(), so that they need neither the DOM library nor @types/node.
import type {
  Entity, EntityOptions, Keyword, KeywordOptions, Sentence, SplitOptions, SummarizeOptions, Summary,
} from '../pkg/node/precis.js';

/** What the worker is doing for a call, as it reports it. */
export type Phase =
  /** The worker is compiling the WebAssembly module (the first call of a new worker, browsers only). */
  | 'loading'
  /** The worker has the text and is running the call. */
  | 'running';

/** A progress report passed to `onProgress`. */
export interface Progress {
  /** What the worker is doing now. */
  phase: Phase;
}

/** The part of an `AbortSignal` (browsers, Node) that a call uses. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** How a call is watched and cancelled. */
export interface CallControl {
  /** Aborting it rejects the call with `signal.reason` (an `AbortError` `DOMException` unless you gave one);
   * if the worker was already running the call, the worker is terminated and the next call starts a new one. */
  signal?: AbortSignalLike;
  /** Called with each phase the worker reports, in order. */
  onProgress?: (progress: Progress) => void;
}

/**
 * The package's functions, run in one worker (a module Web Worker in browsers, a
 * `worker_threads` Worker in Node) so that the page or the event loop never waits.
 * The worker starts with the first call; calls are answered one at a time, in order.
 * Each rejects with the same `Error` as the function of the same name would throw,
 * with a `TypeError` if `control` is wrong or the options cannot be copied to the worker
 * (a function in them, say), with `signal.reason` when aborted, or with an `Error`
 * saying the worker stopped if it crashed (the next call then starts a new worker).
 */
export interface Summarizer {
  /** `summarize` in the worker. */
  summarize(text: string, options?: SummarizeOptions, control?: CallControl): Promise<Summary>;
  /** `splitSentences` in the worker. */
  splitSentences(text: string, options?: SplitOptions, control?: CallControl): Promise<Sentence[]>;
  /** `extractEntities` in the worker. */
  extractEntities(text: string, options?: EntityOptions, control?: CallControl): Promise<Entity[]>;
  /** `extractKeywords` in the worker. */
  extractKeywords(text: string, options?: KeywordOptions, control?: CallControl): Promise<Keyword[]>;
  /** Ends the worker now; calls not answered yet reject. A later call starts a new worker. */
  terminate(): void;
}

/**
 * A summarizer with a worker of its own, started by its first call.
 *
 * ```js
 * import { createSummarizer } from 'precis/worker';
 * const summarizer = createSummarizer();
 * const controller = new AbortController();
 * const summary = await summarizer.summarize(text, { sentences: 3 },
 *   { signal: controller.signal, onProgress: ({ phase }) => console.log(phase) });
 * ```
 */
export function createSummarizer(): Summarizer;

/**
 * `summarize` in a worker shared by every `summarizeAsync` call of the page or process.
 *
 * ```js
 * import { summarizeAsync } from 'precis/worker';
 * const { sentences } = await summarizeAsync(text, { ratio: 0.1 });
 * ```
 */
export function summarizeAsync(text: string, options?: SummarizeOptions, control?: CallControl): Promise<Summary>;
