// The Summarizer API of the W3C Writing Assistance APIs (availability, create,
// summarize, summarizeStreaming, measureInputUsage, destroy), answered by précis in a
// worker of the package's worker API. The same in browsers and Node: where the worker
// comes from is given by `createWorker` (js/summarizer-browser.mjs, js/summarizer-node.mjs).
// Types and documentation: summarizer.d.mts and docs/summarizer.md.
import { FORMATS, LENGTHS, TYPES, chooseParts, precisOptions, summaryPieces } from './summary-types.mjs';
import { utf8Bytes } from './utf8.mjs';

/** The languages précis summarizes well (primary language subtags). */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ru', 'zh', 'ja'];
/** The input quota, in UTF-8 bytes: the 64 MiB précis accepts in one call. */
const INPUT_QUOTA = 64 * 1024 * 1024;
const CONSTRUCTING = Symbol('precis summarizer');

/**
 * Makes the `Summarizer` class, whose instances summarize in one worker they share,
 * started by the first call: `createWorker()` is the worker API's `createSummarizer`.
 * Destroying a summarizer or aborting a call the worker is working on terminates the
 * worker; the next call starts a new one.
 */
export function summarizerClass(createWorker) {
  let worker = null;
  return class Summarizer {
    #options;
    #lifetime = new AbortController(); // aborted by destroy(), with the reason

    /** Not for use: `Summarizer.create(options)` makes summarizers. */
    constructor(token, options) {
      if (token !== CONSTRUCTING) throw new TypeError('Illegal constructor: use Summarizer.create(options)');
      this.#options = options;
    }

    /** 'available' when précis handles the options' languages, else 'unavailable'. */
    static async availability(options) {
      return unsupportedLanguage(readCreateOptions(options)) ? 'unavailable' : 'available';
    }

    /** A new summarizer for these options; see summarizer.d.mts. */
    static async create(options) {
      const read = readCreateOptions(options);
      const { signal, monitor } = read;
      if (signal?.aborted) throw signal.reason;
      const unsupported = unsupportedLanguage(read);
      if (unsupported) throw new DOMException(`précis does not summarize ${unsupported}: the languages it supports are ${LANGUAGES.join(', ')}`, 'NotSupportedError');
      if (monitor) await reportDownload(monitor);
      if (signal?.aborted) throw signal.reason;
      const summarizer = new Summarizer(CONSTRUCTING, read);
      signal?.addEventListener('abort', () => summarizer.#lifetime.abort(signal.reason), { once: true });
      return summarizer;
    }

    /** The summary of `input` as one string. */
    async summarize(input, options) {
      return (await this.#pieces(input, this.#readCall(input, options))).join('');
    }

    /** The summary of `input` as a ReadableStream of strings, one bullet or sentence each. */
    summarizeStreaming(input, options) {
      const pieces = this.#pieces(input, this.#readCall(input, options));
      return new ReadableStream({
        async start(controller) {
          for (const piece of await pieces) controller.enqueue(piece);
          controller.close();
        },
      });
    }

    /** The input quota `input` (with the context and shared context) uses: UTF-8 bytes. */
    async measureInputUsage(input, options) {
      const { context, signal } = this.#readCall(input, options);
      throwIfAborted(signal);
      return inputUsage(String(input), context, this.sharedContext);
    }

    /** At most this many UTF-8 bytes of input, context and shared context in one call. */
    get inputQuota() { return INPUT_QUOTA; }
    /** The options the summarizer was created with. */
    get type() { return this.#options.type; }
    get length() { return this.#options.length; }
    get format() { return this.#options.format; }
    get sharedContext() { return this.#options.sharedContext; }
    get expectedInputLanguages() { return this.#options.expectedInputLanguages; }
    get expectedContextLanguages() { return this.#options.expectedContextLanguages; }
    get outputLanguage() { return this.#options.outputLanguage; }

    /** Ends the summarizer: its calls in progress (in the worker: they are stopped) and any later call reject with an AbortError. */
    destroy() {
      this.#lifetime.abort(new DOMException('The summarizer has been destroyed.', 'AbortError')); // no-op once aborted
    }

    /** The call's `{ context, signal }`, checked, with `signal` also following destroy(). */
    #readCall(input, options) {
      if (input === undefined) throw new TypeError('Summarizer: the input text is missing');
      const { context, signal } = readCallOptions(options);
      return { context, signal: signal ? AbortSignal.any([this.#lifetime.signal, signal]) : this.#lifetime.signal };
    }

    /** The summary's pieces (summaryPieces), computed in the worker. */
    async #pieces(input, { context, signal }) {
      throwIfAborted(signal);
      const text = String(input);
      const { type, length, format, sharedContext } = this.#options;
      if (!/\S/.test(text)) return [];
      const mayExceed = 3 * (text.length + context.length + sharedContext.length) > INPUT_QUOTA; // at most 3 bytes a code unit
      const usage = mayExceed ? inputUsage(text, context, sharedContext) : 0;
      if (usage > INPUT_QUOTA) throw quotaExceeded(usage);
      worker ??= createWorker();
      const focus = [sharedContext, context].filter(Boolean).join('\n');
      const summary = await worker.summarize(text, precisOptions(type, length, focus), { signal });
      return summaryPieces(chooseParts(text, summary, type, length), type, format, summary.language);
    }
  };
}

function throwIfAborted(signal) {
  if (signal.aborted) throw signal.reason;
}

/** Calls `monitor` with an EventTarget and fires one `downloadprogress` event at it, all
 * loaded: précis downloads nothing. */
async function reportDownload(monitor) {
  const target = new EventTarget();
  target.ondownloadprogress = null;
  monitor(target);
  await null; // the spec fires it in a task of its own, after the callback
  const init = { loaded: 1, total: 1, lengthComputable: true };
  const event = typeof ProgressEvent === 'function' ? new ProgressEvent('downloadprogress', init) : Object.assign(new Event('downloadprogress'), init);
  target.dispatchEvent(event);
  if (typeof target.ondownloadprogress === 'function') target.ondownloadprogress(event);
}

/** UTF-8 bytes of the input, the context and the shared context together. */
function inputUsage(...texts) {
  return texts.reduce((sum, text) => sum + utf8Bytes(text ?? ''), 0);
}

/** The QuotaExceededError the platform uses (a DOMException), with `requested` and `quota`. */
function quotaExceeded(requested) {
  const message = `The input is ${requested} bytes of UTF-8 (with its context): précis summarizes at most ${INPUT_QUOTA} (64 MiB) at a time. Split it into parts and summarize each.`;
  if (typeof globalThis.QuotaExceededError === 'function') return new globalThis.QuotaExceededError(message, { requested, quota: INPUT_QUOTA });
  return Object.assign(new DOMException(message, 'QuotaExceededError'), { requested, quota: INPUT_QUOTA });
}

/** The first language of the options that précis does not handle, or null. */
function unsupportedLanguage({ expectedInputLanguages, expectedContextLanguages, outputLanguage }) {
  const tags = [...(expectedInputLanguages ?? []), ...(expectedContextLanguages ?? []), ...(outputLanguage ? [outputLanguage] : [])];
  return tags.find((tag) => !LANGUAGES.includes(new Intl.Locale(tag).language)) ?? null;
}

/** A dictionary argument: undefined and null are empty, anything else not an object is a TypeError. */
function readDictionary(options, what) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' && typeof options !== 'function') throw new TypeError(`Summarizer: ${what} must be an object, got a value of type ${typeof options}`);
  return options;
}

/** The create options, checked and canonicalized as the spec's WebIDL and language steps do. */
function readCreateOptions(options) {
  const given = readDictionary(options, 'the options');
  const text = (name) => (given[name] === undefined ? undefined : String(given[name]));
  return {
    type: readEnum(given.type, 'type', TYPES, 'key-points'),
    format: readEnum(given.format, 'format', FORMATS, 'markdown'),
    length: readEnum(given.length, 'length', LENGTHS, 'short'),
    sharedContext: text('sharedContext') ?? '',
    expectedInputLanguages: readLanguages(given.expectedInputLanguages, 'expectedInputLanguages'),
    expectedContextLanguages: readLanguages(given.expectedContextLanguages, 'expectedContextLanguages'),
    outputLanguage: given.outputLanguage === undefined ? null : canonicalLanguage(text('outputLanguage'), 'outputLanguage'),
    signal: readSignal(given.signal),
    monitor: readFunction(given.monitor, 'monitor'),
  };
}

/** The options of summarize, summarizeStreaming and measureInputUsage. */
function readCallOptions(options) {
  const given = readDictionary(options, 'the options');
  return { context: given.context === undefined ? '' : String(given.context), signal: readSignal(given.signal) };
}

function readEnum(value, name, allowed, fallback) {
  if (value === undefined) return fallback;
  const string = String(value);
  if (!allowed.includes(string)) throw new TypeError(`Summarizer: "${name}" must be ${allowed.map((a) => `'${a}'`).join(', ')}, got '${string}'`);
  return string;
}

/** A frozen array of canonical language tags, or null when none are given. */
function readLanguages(value, name) {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || typeof value[Symbol.iterator] !== 'function') throw new TypeError(`Summarizer: "${name}" must be a list of language tags such as ['en'], got a value of type ${typeof value}`);
  const tags = [...value].map((tag) => canonicalLanguage(String(tag), name));
  return tags.length ? Object.freeze(tags) : null;
}

function canonicalLanguage(tag, name) {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    throw new RangeError(`Summarizer: "${name}" has '${tag}', which is not a language tag such as 'en' or 'pt-BR'`);
  }
}

function readSignal(signal) {
  if (signal === undefined) return undefined;
  if (!(signal instanceof AbortSignal)) throw new TypeError(`Summarizer: "signal" must be an AbortSignal, got ${signal === null ? 'null' : `a value of type ${typeof signal}`}`);
  return signal;
}

function readFunction(value, name) {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') throw new TypeError(`Summarizer: "${name}" must be a function, got a value of type ${typeof value}`);
  return value;
}
