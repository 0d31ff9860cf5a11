// Types of `precis/summarizer` (js/summarizer-browser.mjs in browsers, js/summarizer-node.mjs
// in Node): the Summarizer API of the W3C Writing Assistance APIs, answered by précis.
// They need neither the DOM library nor @types/node: the platform types the API uses
// (AbortSignal, EventTarget, ReadableStream) appear as the parts of them it uses.

/** The kind of summary: see docs/summarizer.md for what each is, extractively. */
export type SummarizerType = 'tldr' | 'teaser' | 'key-points' | 'headline';
/** How the summary is written: Markdown (key points as `- ` bullets, markup escaped) or plain text. */
export type SummarizerFormat = 'plain-text' | 'markdown';
/** Key points: 3, 5, 7 bullets; TL;DR and teaser: 1, 3, 5 sentences; headline: at most 12, 17, 22 words. */
export type SummarizerLength = 'short' | 'medium' | 'long';
/** What `availability` answers; précis answers only 'available' or 'unavailable' (it downloads nothing). */
export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** The part of an `AbortSignal` the Summarizer reads (pass a real AbortSignal). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** The `downloadprogress` event: précis fires one, with `loaded` 1 of `total` 1. */
export interface DownloadProgressEvent {
  readonly type: string;
  readonly loaded: number;
  readonly total: number;
  readonly lengthComputable: boolean;
}

/** The monitor passed to `create`'s `monitor` callback (an EventTarget). */
export interface CreateMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: DownloadProgressEvent) => void): void;
  removeEventListener(type: 'downloadprogress', listener: (event: DownloadProgressEvent) => void): void;
  /** Called with the `downloadprogress` event too. */
  ondownloadprogress: ((event: DownloadProgressEvent) => void) | null;
}

/** The options `availability` reads. */
export interface SummarizerCreateCoreOptions {
  /** 'key-points' by default. */
  type?: SummarizerType;
  /** 'markdown' by default. */
  format?: SummarizerFormat;
  /** 'short' by default. */
  length?: SummarizerLength;
  /** Language tags such as 'en' or 'pt-BR': each must be one of en, fr, de, es, it, pt, nl, ru, zh, ja. */
  expectedInputLanguages?: string[];
  /** Language tags of the contexts, with the same languages. */
  expectedContextLanguages?: string[];
  /** One of the same languages. An extractive summary is in the input's language, whatever this says. */
  outputLanguage?: string;
}

/** The options of `create`. */
export interface SummarizerCreateOptions extends SummarizerCreateCoreOptions {
  /** Aborting it before `create` resolves rejects it with `signal.reason`; after, it destroys the summarizer. */
  signal?: AbortSignalLike;
  /** Called with a monitor, which then gets one `downloadprogress` event. */
  monitor?: (monitor: CreateMonitor) => void;
  /** What the texts are about or for: précis prefers sentences that share its words (its `focus`). */
  sharedContext?: string;
}

/** The options of one call. */
export interface SummarizerSummarizeOptions {
  /** Aborting it rejects the call with `signal.reason`. */
  signal?: AbortSignalLike;
  /** More about this text: used with the shared context as précis' `focus`. */
  context?: string;
}

/** The part of a `ReadableStream` of strings this declaration uses (a real ReadableStream). */
export interface StringStream {
  getReader(): { read(): Promise<{ done: true; value?: undefined } | { done: false; value: string }>; releaseLock(): void; cancel(reason?: unknown): Promise<void> };
  cancel(reason?: unknown): Promise<void>;
  [Symbol.asyncIterator](): AsyncIterator<string>;
}

/**
 * The Summarizer API of the Writing Assistance APIs, answered by précis: the same names,
 * options, results and errors as the built-in one, with extractive summaries (whole
 * sentences of the text, in its order). précis runs in a worker that the summarizers share.
 *
 * ```js
 * import { Summarizer } from 'precis/summarizer';
 * const summarizer = await Summarizer.create({ type: 'key-points', length: 'medium' });
 * const bullets = await summarizer.summarize(article);   // '- …\n- …\n- …\n- …\n- …'
 * ```
 */
export declare class Summarizer {
  private constructor();
  /** 'available' when précis handles the options' languages, else 'unavailable'. Rejects with a
   * TypeError for a value no option has, a RangeError for a malformed language tag. */
  static availability(options?: SummarizerCreateCoreOptions): Promise<Availability>;
  /** A new summarizer. Rejects like `availability`, with a "NotSupportedError" DOMException for a
   * language précis does not handle, or with `signal.reason`. */
  static create(options?: SummarizerCreateOptions): Promise<Summarizer>;
  /** The summary of `input` ('' for a blank one). Rejects with `signal.reason` when aborted, an
   * "AbortError" DOMException after `destroy()`, a "QuotaExceededError" DOMException when
   * `measureInputUsage` would exceed `inputQuota`. */
  summarize(input: string, options?: SummarizerSummarizeOptions): Promise<string>;
  /** The same summary as a stream of strings, one bullet or sentence each, which joined are
   * what `summarize` gives; the stream errors where `summarize` would reject. */
  summarizeStreaming(input: string, options?: SummarizerSummarizeOptions): StringStream;
  /** The UTF-8 bytes of `input`, `context` and the shared context together. */
  measureInputUsage(input: string, options?: SummarizerSummarizeOptions): Promise<number>;
  /** 67,108,864 (64 MiB): the most `measureInputUsage` may give for a call to succeed. */
  readonly inputQuota: number;
  readonly type: SummarizerType;
  readonly format: SummarizerFormat;
  readonly length: SummarizerLength;
  /** The shared context given to `create`, or ''. */
  readonly sharedContext: string;
  /** The canonical language tags given to `create`, or null. */
  readonly expectedInputLanguages: readonly string[] | null;
  readonly expectedContextLanguages: readonly string[] | null;
  readonly outputLanguage: string | null;
  /** Ends the summarizer: its calls in progress are stopped (the worker is restarted if it was working on one),
   * and they and later calls reject with an "AbortError" DOMException. */
  destroy(): void;
}
