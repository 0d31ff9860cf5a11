// `precis/summarizer/polyfill` in Node: importing it installs précis' Summarizer as
// `globalThis.Summarizer` where there is none. Types and documentation: polyfill.d.mts.
import { install, preferringBuiltIn } from './polyfill.mjs';
import { Summarizer } from './summarizer-node.mjs';

export { Summarizer };
export const installed = install(Summarizer);
export const preferBuiltIn = preferringBuiltIn(Summarizer);
