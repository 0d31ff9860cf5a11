// The worker_threads worker that runs the package for js/node.mjs (the Node build,
// loaded when the worker starts), answering calls one at a time.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { answerCalls } from './worker-protocol.mjs';

const precis = createRequire(import.meta.url)('../pkg/node/precis.js');
const answer = answerCalls(precis, Promise.resolve(), (message, transfer = []) => parentPort.postMessage(message, transfer));
parentPort.on('message', answer);
