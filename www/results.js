// The result panels: the summary list, the entity chips grouped by kind, the keyword
// chips and the statistics. Everything the user wrote is inserted with textContent.

/** At most this many summary sentences are listed (copying gives them all). */
const MAX_LISTED = 500;
/** Average silent reading speed of adults, words per minute (Brysbaert 2019). */
const READING_WPM = 238;
const KIND_TITLES = { person: 'People', place: 'Places', organization: 'Organisations', other: 'Other' };

const element = (tag, props = {}, children = []) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** Lists the summary sentences; each links to its highlight in the original. */
export function showSummary(list, sentences, onSelect) {
  const items = sentences.slice(0, MAX_LISTED).map((s) => {
    const link = element('a', { href: `#sentence-${s.index}`, textContent: s.text });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      onSelect(s);
    });
    return element('li', {}, [link]);
  });
  if (sentences.length > MAX_LISTED) {
    items.push(element('li', { className: 'more', textContent: `… and ${sentences.length - MAX_LISTED} more sentences (copy the summary to get them all)` }));
  }
  list.replaceChildren(...items);
}

/**
 * Shows entities as chips grouped by kind (people, places, organisations, other), in
 * order of importance within each group. `onFocus(item)` / `onBlur()` follow hover and
 * keyboard focus; `onSelect(item)` follows a click.
 */
export function showEntities(container, entities, handlers) {
  const groups = Object.keys(KIND_TITLES).map((kind) => [kind, entities.filter((e) => (e.kind ?? 'other') === kind)]);
  container.replaceChildren(
    ...groups.filter(([, members]) => members.length > 0).map(([kind, members]) => element('div', { className: `entity-group kind-${kind}` }, [
      element('h3', { textContent: KIND_TITLES[kind] }),
      chipList(members, handlers, (e) => e.variants?.filter((v) => v !== e.text) ?? []),
    ])),
  );
}

/** Shows keywords as chips, most important first. */
export function showKeywords(container, keywords, handlers) {
  container.replaceChildren(chipList(keywords, handlers, () => []));
}

function chipList(items, { onFocus, onBlur, onSelect }, otherForms) {
  return element('ul', { className: 'chips' }, items.map((item) => {
    const others = otherForms(item);
    const count = element('span', { className: 'chip-count', textContent: String(item.count) });
    count.setAttribute('aria-label', `, ${item.count} mention${item.count === 1 ? '' : 's'}`);
    const chip = element('button', { type: 'button', className: 'chip' }, [element('span', { className: 'chip-text', textContent: item.text }), count]);
    if (others.length > 0) chip.title = `Also written: ${others.join(', ')}`;
    chip.addEventListener('mouseenter', () => onFocus(item));
    chip.addEventListener('focus', () => onFocus(item));
    chip.addEventListener('mouseleave', () => onBlur(item));
    chip.addEventListener('blur', () => onBlur(item));
    chip.addEventListener('click', () => onSelect(item));
    return element('li', {}, [chip]);
  }));
}

/** Counts words the way a reader would (Intl.Segmenter: also for Chinese and Japanese). */
export function countWords(text, language) {
  const segmenter = new Intl.Segmenter(language === 'und' ? undefined : language, { granularity: 'word' });
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** Fills the statistics list: words in and out, reading time saved, time taken. */
export function showStats(list, { wordsIn, wordsOut, sentencesIn, sentencesOut, ms }) {
  const saved = Math.max(0, wordsIn - wordsOut) / READING_WPM;
  const rows = [
    ['Sentences', `${sentencesOut.toLocaleString()} of ${sentencesIn.toLocaleString()}`],
    ['Words', `${wordsOut.toLocaleString()} of ${wordsIn.toLocaleString()}`],
    ['Reading time saved', formatMinutes(saved)],
    ['Time taken', ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`],
  ];
  list.replaceChildren(...rows.map(([term, value]) => element('div', {}, [element('dt', { textContent: term }), element('dd', { textContent: value })])));
}

function formatMinutes(minutes) {
  if (minutes < 1) return `${Math.round(minutes * 60)} s`;
  if (minutes < 60) return `${Math.round(minutes)} min`;
  return `${Math.floor(minutes / 60)} h ${Math.round(minutes % 60)} min`;
}
