// What a worker does with a call from the client (js/client.mjs), in browsers and Node.
import { METHODS, packMentions } from './client.mjs';

/**
 * Returns the handler of the client's messages: each `{ id, method, text, options }` is
 * answered through `post` with progress (`loading` while the module is still being
 * compiled, `running` once the call starts), then `{ id, result }` (its mentions packed,
 * with the buffers to transfer as `post`'s second argument) or `{ id, error }`.
 * An error after which the module cannot be trusted (it failed to load, or trapped) is
 * marked `fatal`, so that the client replaces this worker.
 */
export function answerCalls(api, ready, post) {
  let loaded = false;
  const loading = ready.then(
    () => (loaded = true),
    (error) => Promise.reject(new Error(`precis: the WebAssembly module could not be loaded: ${error?.message ?? error}`)),
  );
  loading.catch(() => {}); // reported to each call instead
  return async ({ id, method, text, options }) => {
    try {
      if (!loaded) post({ id, progress: 'loading' });
      await loading;
      post({ id, progress: 'running' });
      if (!METHODS.includes(method) || typeof api[method] !== 'function') throw new Error(`precis: no function named ${method}`);
      const result = api[method](text, options);
      post({ id, result }, packMentions(result));
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) {
        const message = `precis: the WebAssembly module failed (${error.message}); the next call starts a new worker`;
        return post({ id, error: { name: 'Error', message }, fatal: true });
      }
      post({ id, error: { name: error?.name, message: error?.message ?? String(error) }, fatal: !loaded });
    }
  };
}
