// The module Web Worker that runs the package for js/browser.mjs: it loads the
// WebAssembly as soon as it starts, then answers calls one at a time.
import init, * as precis from '../pkg/web/precis.js';
import { answerCalls } from './worker-protocol.mjs';

const answer = answerCalls(precis, init(), (message, transfer = []) => self.postMessage(message, transfer));
self.onmessage = (event) => answer(event.data);
