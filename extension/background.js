// The extension's service worker: a click on the toolbar button, or its keyboard
// shortcut (the `_execute_action` command, Alt+Shift+S), opens the side panel and asks
// it to summarize the tab. The click grants activeTab: the panel may then read that tab,
// and only it, until the tab navigates.
import { requestSummary } from './request.js';

chrome.action.onClicked.addListener((tab) => {
  chrome.sidePanel.open({ windowId: tab.windowId }); // first: only allowed while the click is handled
  requestSummary(tab);
});
