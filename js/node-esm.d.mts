// Types of `precis` for Node's `import` (js/node-esm.mjs): the Node build's, plus `init`.
export * from '../pkg/node/precis.js';

/**
 * Does nothing and resolves at once: in Node the module is ready as soon as it is
 * imported. It lets code written for browsers (`await init()` first) run unchanged.
 */
export default function init(): Promise<void>;
