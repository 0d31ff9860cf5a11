// `precis` for Node's `import`: the CommonJS build, plus an `init` that does nothing, so
// that code written for browsers (`await init()` first) runs unchanged in Node.
export * from '../pkg/node/precis.js';

/** Resolves at once: in Node the module is ready as soon as it is imported. */
export default async function init() {}
