// Types of `precis/summarizer/polyfill` (js/polyfill-browser.mjs, js/polyfill-node.mjs).
import type { Summarizer, SummarizerCreateOptions } from './summarizer.mjs';

export { Summarizer };

declare global {
  /**
   * The platform's Summarizer where it has one, else précis' (installed by importing this
   * module), so code written for the built-in type-checks unchanged: `Summarizer.create()`.
   * (A project that also includes `@types/dom-chromium-ai` has that package's declaration
   * of the same global; use `skipLibCheck`, or import `Summarizer` from here instead.)
   */
  var Summarizer: typeof import('./summarizer.mjs').Summarizer;
}

/**
 * Whether importing the module installed précis' Summarizer as `globalThis.Summarizer`:
 * true where the platform had none, false where it had one (left as it was).
 *
 * ```js
 * import 'precis/summarizer/polyfill';
 * const summarizer = await Summarizer.create({ type: 'tldr' });   // the built-in, or précis
 * ```
 */
export declare const installed: boolean;

/**
 * A summarizer from the platform's built-in Summarizer when its `availability(options)`
 * is 'available' (no download pending), else from précis, created with the same options.
 * Resolves to an object with the Summarizer API, whichever made it.
 */
export declare function preferBuiltIn(options?: SummarizerCreateOptions): Promise<Summarizer>;
