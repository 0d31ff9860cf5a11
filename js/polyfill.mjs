// What `precis/summarizer/polyfill` does, in browsers and Node: installs précis'
// Summarizer as `globalThis.Summarizer` where the platform has none, and chooses the
// built-in one when it is available for the options. Types: polyfill.d.mts.

/** Installs `Summarizer` as `globalThis.Summarizer` unless there is one; returns whether it did. */
export function install(Summarizer) {
  if (globalThis.Summarizer !== undefined) return false;
  Object.defineProperty(globalThis, 'Summarizer', { value: Summarizer, writable: true, configurable: true, enumerable: false });
  return true;
}

/** `preferBuiltIn(options)`: the platform's Summarizer when it says 'available' for the
 * options, else précis' `Summarizer` (`fallback`), created with the same options. */
export function preferringBuiltIn(fallback) {
  return async (options) => {
    const builtIn = globalThis.Summarizer;
    const useBuiltIn = builtIn && builtIn !== fallback && (await builtIn.availability(options)) === 'available';
    return (useBuiltIn ? builtIn : fallback).create(options);
  };
}
