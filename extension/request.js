// How the toolbar button asks the side panel to summarize a tab. The request is kept in
// session storage (memory only, cleared when the browser closes) under the window's own
// key, so that a panel still loading finds it when it starts, a panel already open sees
// each new one, and only the panel of the window where the button was clicked takes it.
// A request is taken once: a panel opened later does not summarize an old tab again.

const keyOf = (windowId) => `summaryRequest:${windowId}`;

/** Asks the panel of the tab's window to summarize the tab (`{ id, windowId }`). */
export function requestSummary(tab) {
  return chrome.storage.session.set({ [keyOf(tab.windowId)]: { tabId: tab.id, at: Date.now() } });
}

/** Calls `summarize(tabId)` for the request waiting for this window's panel, if any, and for each one after it. */
export async function onSummaryRequest(summarize) {
  const key = keyOf((await chrome.windows.getCurrent()).id);
  let taken = 0; // the time of the request taken last
  const take = async () => {
    const { [key]: request } = await chrome.storage.session.get(key);
    if (!request || request.at <= taken) return;
    taken = request.at;
    await chrome.storage.session.remove(key);
    summarize(request.tabId);
  };
  chrome.storage.session.onChanged.addListener((changes) => changes[key]?.newValue && take());
  await take();
}
