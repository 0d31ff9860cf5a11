// Headlines for `precis/summarizer`: the text's own title line when it has one, and
// any headline cut to a word limit at a phrase boundary, never after a function word.

/** Words that a headline never ends with, and before which it may be cut: articles,
 * conjunctions, prepositions and relative words, per language. Chinese and Japanese
 * have none: their headlines are cut before punctuation only. */
const FUNCTION_WORDS = {
  en: 'a an the and or but nor so yet for of in on at to by with from into onto over under about after before since until while as than that which who whom whose where when if because though although during between among against without within through across toward towards upon via per amid is are was were',
  fr: 'le la les l un une des du de d et ou mais donc car ni que qui dont où à au aux en dans sur sous par pour avec sans chez entre vers depuis pendant avant après contre selon lorsque quand si comme est sont',
  de: 'der die das den dem des ein eine einer einem einen eines und oder aber denn sondern dass weil wenn als ob mit von zu zur zum bei nach aus für über unter vor hinter neben zwischen durch gegen ohne um seit während im am ins vom beim ist sind',
  es: 'el la los las un una unos unas y e o u pero ni que quien cual cuando donde si porque aunque de del a al en con sin por para sobre entre hacia desde hasta tras durante según ante bajo contra como es son',
  it: 'il lo la i gli le un uno una e ed o ma né che chi cui quando dove se perché di del dello della dei degli delle a al allo alla ai agli alle da dal dalla in nel nello nella nei con su sul sulla per tra fra come è sono',
  pt: 'o a os as um uma uns umas e ou mas nem que quem qual quando onde se porque de do da dos das em no na nos nas por pelo pela para com sem sobre entre até desde como ao aos à às é são',
  nl: 'de het een en of maar want dus dat die wie wat waar wanneer als omdat hoewel van in op aan met voor door bij naar uit over onder tussen tegen zonder tot sinds tijdens om te is zijn',
  ru: 'и а но или да что чтобы как когда где если потому хотя в во на с со к ко по о об от до из у за над под перед при для без через между про это',
};
const functionWords = Object.fromEntries(Object.entries(FUNCTION_WORDS).map(([language, words]) => [language, new Set(words.split(' '))]));

/** Punctuation inside a sentence before which a phrase ends (a comma, a dash, a bracket...). */
const PHRASE_END = /^[,;:()[\]«»"“”‘’–—、，；：（）]/u;
/** Punctuation a headline does not end with. */
const TRAILING = /[\s,;:.–—、，；：。-]+$/u;
/** Words a first line may have and still be a title. */
const MAX_TITLE_WORDS = 25;
/** A `Speaker:` label at the start of a line (a transcript's line, not a title). */
export const SPEAKER_LABEL = /^[\p{L}\p{N}#][\p{L}\p{N} .'’#-]{0,40}:\s/u;

/** The word-like segments of `text` as `{ start, end, word }` (Intl.Segmenter: also Chinese and Japanese). */
function words(text, language) {
  const segmenter = new Intl.Segmenter(language === 'und' ? undefined : language, { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => ({ start: s.index, end: s.index + s.segment.length, word: s.segment }));
}

/**
 * The text's own title: its first line, when it is followed by more text, has a letter,
 * at most MAX_TITLE_WORDS words, no final period, comma, colon or semicolon, and is not a
 * transcript's `Speaker:` line. A Markdown heading's `#` marks are left out. Returns
 * `{ start, end }` (UTF-16 offsets of the title in `text`) or null.
 */
export function titleLine(text, language) {
  const match = /^(\s*(?:#{1,6}[ \t]+)?)([^\n]*?)[ \t#]*\r?\n([\s\S]*)$/.exec(text);
  if (!match) return null;
  const [, before, title, rest] = match;
  const nextLine = rest.trimStart().split('\n', 1)[0];
  const transcript = SPEAKER_LABEL.test(title) && SPEAKER_LABEL.test(nextLine);
  const isTitle = rest.trim() !== '' && /\p{L}/u.test(title) && !/[.,;:。]$/u.test(title) && !transcript &&
    words(title, language).length <= MAX_TITLE_WORDS;
  return isTitle ? { start: before.length, end: before.length + title.length } : null;
}

/**
 * `text` cut to at most `maxWords` words, in the second half of the limit: before the
 * last punctuation mark there (a comma, a dash...), else before the last function word;
 * never after a function word. Without such a boundary, at the limit, less any function
 * words at the end. Trailing punctuation (a final period too) is removed.
 */
export function cutHeadline(text, maxWords, language) {
  const list = words(text, language);
  if (list.length <= maxWords) return text.replace(TRAILING, '');
  const minor = functionWords[language] ?? new Set();
  const isMinor = (i) => minor.has(list[i].word.toLowerCase());
  const candidates = [];
  for (let i = maxWords - 1; i >= Math.ceil(maxWords / 2) - 1; i--) if (!isMinor(i)) candidates.push(i);
  const beforePunctuation = candidates.find((i) => PHRASE_END.test(text.slice(list[i].end).trimStart()));
  let last = beforePunctuation ?? candidates.find((i) => isMinor(i + 1)) ?? maxWords - 1;
  while (last > 0 && isMinor(last)) last--;
  return text.slice(0, list[last].end).replace(TRAILING, '');
}
