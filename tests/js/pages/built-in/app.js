// A page written for the browser's built-in Summarizer, the way its documentation
// shows it: feature check, availability, create with a monitor, summarize and
// summarizeStreaming. Nothing here knows about précis (tests/js/summarizer-browser.test.mjs).
const status = document.querySelector('#status');
const options = { type: 'key-points', format: 'markdown', length: 'medium', expectedInputLanguages: ['en'], outputLanguage: 'en' };

if (!('Summarizer' in self)) {
  status.textContent = 'This browser has no Summarizer.';
} else if ((await Summarizer.availability(options)) === 'unavailable') {
  status.textContent = 'The Summarizer is unavailable.';
} else {
  const summarizer = await Summarizer.create({
    ...options,
    sharedContext: 'A city council vote',
    monitor(m) {
      m.addEventListener('downloadprogress', (e) => { status.textContent = `Downloaded ${e.loaded * 100}%`; });
    },
  });
  const article = await (await fetch('../../../fixtures/harbor_bridge.txt')).text();
  document.querySelector('#summary').textContent = await summarizer.summarize(article);
  let streamed = '';
  for await (const chunk of summarizer.summarizeStreaming(article)) streamed += chunk;
  document.querySelector('#streamed').textContent = streamed;
  status.textContent = `${status.textContent}. Done.`;
  summarizer.destroy();
}
