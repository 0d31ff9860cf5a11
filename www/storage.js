// "Remember my text": the only thing the page ever stores, and only when the user ticks
// the box. Unticking it deletes the stored text.

const KEY = 'precis:last-text';

/** The remembered text, or null when there is none (the box was never ticked). */
export function rememberedText() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage disabled by the browser
  }
}

/** Stores `text`; throws an Error saying why when the browser refuses (quota, disabled). */
export function remember(text) {
  try {
    localStorage.setItem(KEY, text);
  } catch (err) {
    localStorage.removeItem(KEY);
    throw new Error(err?.name === 'QuotaExceededError'
      ? 'this text is too long to remember (browsers keep about 5 MB per site)'
      : `this browser does not allow storing it (${err?.message ?? err})`);
  }
}

/** Deletes the remembered text. */
export function forget() {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing stored where storage is disabled
  }
}
