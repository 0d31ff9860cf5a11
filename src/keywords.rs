//! Stage (layer 5), keywords: the key phrases of a text, one to three content words
//! long.
//!
//! **Candidates.** Inside each sentence, a run of content words (not stop words, not
//! numbers, not part of a named entity, not the words of how a text argues: "propose",
//! "paper", "new") uninterrupted by punctuation is a phrase
//! ("the *humanitarian crisis* in", "*military aid*, *weapons*"); each of its one-,
//! two- and three-word sequences is a candidate. Words are compared by their stems,
//! so "crisis" and "crises", "military aid" and "Military aid" are one keyword.
//! Named entities are left to the entity list, so no keyword repeats one, and a
//! transcript's speaker labels are no keywords; a name may still open a phrase said at
//! least twice ("Markov chain", "Web services"), never end one ("Penelope Cruz joined").
//!
//! **Ranking.** A candidate scores its occurrences, a bonus for appearing in the
//! lead and for spreading through the text, times a bonus for each extra word
//! (a repeated phrase says more than its words alone). A word's occurrences inside
//! a two-word phrase said at least twice count for that phrase, not for the word
//! ("network" in "sensor network", as C-value counts terms). Phrases of two or three words
//! must occur at least twice. Selection, best first, shows a word that mostly occurs
//! inside one phrase (more than half its mentions, or half when the word never stands
//! alone) as that phrase, even one said once ("programming", only ever in "quadratic
//! programming", is that term; "cognitive", said in "cognitive states" and "cognitive
//! models", is no keyword by itself); it skips a
//! phrase that mostly occurs inside a longer one already chosen, and lets a longer
//! phrase that covers most of a chosen shorter one take its place ("aid" gives way to
//! "military aid"). A noun every field uses for what it builds or studies ("system",
//! "model", "algorithm") is listed only as such a phrase ("control system"), never alone.
//!
//! Chinese and Japanese have no keywords yet: their terms are character bigrams,
//! which make poor phrases. Everything here is linear in the length of the text.

use rustc_hash::FxHashMap as HashMap;

use crate::basics::{lowercase, sort_best_first, sort_in_text_order, Language, Span};
use crate::data::stopwords::{is_generic_word, is_unspecific_noun};
use crate::document::Document;
use crate::text::{joined, strip_elision};

/// The longest key phrase, in words.
const MAX_PHRASE_WORDS: usize = 3;
/// How many opening sentences count as the lead.
const LEAD_SENTENCES: usize = 3;
/// Score bonus of a phrase mentioned in the lead.
const LEAD_BONUS: f64 = 1.0;
/// Score bonus for spreading through the text (all of it for mentions in every tenth).
const SPREAD_BONUS: f64 = 2.0;
/// Factor for each word a phrase has beyond the first.
const EXTRA_WORD_FACTOR: f64 = 1.25;

/// A key phrase (or, with [`KeywordOptions::names`](crate::KeywordOptions::names), a
/// key name) and where the text mentions it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Keyword {
    /// The phrase as the text writes it (sentence-initial capitals removed), e.g. "military aid".
    pub text: String,
    /// Number of mentions.
    pub count: usize,
    /// Importance: higher is more important; comparable within one text.
    pub score: f64,
    /// Every mention, in text order.
    pub mentions: Vec<Span>,
}

/// The `limit` best key phrases of `document`, leaving out the words of named
/// entities (`entity_mentions`, in any order).
pub(crate) fn find_keywords(document: &Document<'_>, entity_mentions: Vec<Span>, limit: usize) -> Vec<Keyword> {
    if document.language.is_cjk() || limit == 0 {
        return Vec::new();
    }
    let candidates = Candidates::gather(document, entity_mentions);
    let widest = candidates.widest_phrases();
    let ranked = candidates.ranked(document.text.len(), document.sentences.len());
    let chosen = choose(ranked, limit, |r| candidates.widen(r, &widest));
    chosen.into_iter().map(|r| candidates.keyword(&r)).collect()
}

/// `names` and `phrases` in one list, best score first (a name and a phrase score
/// alike: mentions, plus bonuses for the lead and for spreading through the text), a
/// phrase that repeats a name left out, at most `limit`.
pub(crate) fn merge_by_score(names: Vec<Keyword>, phrases: Vec<Keyword>, limit: usize) -> Vec<Keyword> {
    let mut all: Vec<Keyword> = names.into_iter().chain(phrases).collect();
    sort_best_first(&mut all, |k| (k.score, k.mentions[0]));
    let mut out: Vec<Keyword> = Vec::new();
    for mut keyword in all {
        push_new(&mut out, Some(&mut keyword), limit);
    }
    out
}

/// Moves the keyword in `slot` to the end of `out`, unless `out` is full or already
/// holds it (ignoring ASCII case: a phrase is never inside a name, so a repeat is rare).
fn push_new(out: &mut Vec<Keyword>, slot: Option<&mut Keyword>, limit: usize) {
    let Some(slot) = slot else { return };
    if out.len() < limit && !out.iter().any(|k| k.text.eq_ignore_ascii_case(&slot.text)) {
        out.push(std::mem::take(slot));
    }
}

/// A candidate's place in the ranking: what choosing needs, without its mentions.
struct Ranked {
    key: PhraseKey,
    /// Index in [`Candidates::list`].
    index: usize,
    count: usize,
    score: f64,
    first: Span,
}

/// The stems of a phrase, as term ids, unused places `u32::MAX`.
type PhraseKey = [u32; MAX_PHRASE_WORDS];

/// One phrase's occurrences.
struct Candidate {
    key: PhraseKey,
    words: usize,
    mentions: Vec<Span>,
    /// The first mention that does not open its sentence (whose capitals are the
    /// text's own, not automatic), if there is one.
    first_inside: Option<usize>,
    first_sentence: usize,
    /// Mentions that stand alone, a run of one word.
    solo: usize,
    /// Whether it opens with a name ("Markov chain"): listed only when said twice, never
    /// shown for one of its words.
    named: bool,
    /// Whether it is a noun that says nothing alone ("system", "model"): listed only
    /// as a phrase it is shown as.
    unspecific: bool,
}

/// Every candidate phrase of a text.
struct Candidates<'t> {
    text: &'t str,
    language: Language,
    by_key: HashMap<PhraseKey, usize>,
    list: Vec<Candidate>,
}

/// A content word of a sentence: its span and its stem's id.
#[derive(Clone, Copy)]
struct ContentWord {
    span: Span,
    term: u32,
    opens_sentence: bool,
    /// A word of a name, which may only open a phrase ("Markov chain", "Web services").
    name: bool,
}

impl<'t> Candidates<'t> {
    /// Every candidate of `document`, leaving out words inside `entity_mentions`.
    fn gather(document: &Document<'t>, mut entity_spans: Vec<Span>) -> Self {
        let (text, language) = (document.text, document.language);
        sort_in_text_order(&mut entity_spans, |&span| span);
        let mut next_entity = 0;
        let mut candidates = Candidates { text, language, by_key: HashMap::default(), list: Vec::new() };
        let mut run: Vec<ContentWord> = Vec::new();
        for sentence in &document.sentences {
            // A transcript's speaker label ("Professor C:") says who speaks, not what about.
            let label_end = sentence.start + document.labels[sentence.index];
            let mut previous_end = label_end;
            let mut first = true;
            for (start, whole) in document.words_of(sentence).filter(|&(start, _)| start >= label_end) {
                // "l'université" is listed as "université"
                let word = strip_elision(language, whole);
                let span = Span { start: start + whole.len() - word.len(), end: start + whole.len() };
                while next_entity < entity_spans.len() && entity_spans[next_entity].end <= span.start {
                    next_entity += 1;
                }
                let in_entity = entity_spans.get(next_entity).is_some_and(|e| e.start < span.end);
                let joined = text[previous_end..start].chars().all(|c| c.is_whitespace() || c == '-');
                if !joined {
                    candidates.add_run(&run, sentence.index);
                    run.clear();
                }
                let name_like = !first && language != Language::German && word.starts_with(char::is_uppercase);
                let term = if is_generic_word(language, word) { None } else { document.ids.known_word(whole) };
                match term {
                    Some(term) => {
                        let name = in_entity || name_like;
                        run.push(ContentWord { span, term, opens_sentence: first, name });
                    }
                    None => {
                        candidates.add_run(&run, sentence.index);
                        run.clear();
                    }
                }
                previous_end = span.end;
                first = false;
            }
            candidates.add_run(&run, sentence.index);
            run.clear();
        }
        candidates
    }

    /// Adds every sequence of one to three words of `run` as an occurrence.
    fn add_run(&mut self, run: &[ContentWord], sentence: usize) {
        for start in 0..run.len() {
            let mut key = [u32::MAX; MAX_PHRASE_WORDS];
            for (n, word) in run[start..].iter().take(MAX_PHRASE_WORDS).enumerate() {
                key[n] = word.term;
                // names open a phrase only: "Markov chain", never "Markov" or "chain Markov"
                if word.name {
                    if n > 0 && !run[start + n - 1].name {
                        break;
                    }
                    continue;
                }
                let span = Span { start: run[start].span.start, end: word.span.end };
                let next = self.list.len();
                let index = *self.by_key.entry(key).or_insert(next);
                if index == next {
                    self.list.push(Candidate {
                        key,
                        words: n + 1,
                        mentions: Vec::new(),
                        first_inside: None,
                        first_sentence: sentence,
                        solo: 0,
                        named: run[start].name,
                        unspecific: n == 0 && is_unspecific_noun(self.language, &self.text[span.start..span.end]),
                    });
                }
                let candidate = &mut self.list[index];
                if candidate.first_inside.is_none() && !run[start].opens_sentence {
                    candidate.first_inside = Some(candidate.mentions.len());
                }
                candidate.mentions.push(span);
                candidate.solo += usize::from(run.len() == 1);
            }
        }
    }

    /// The candidates worth showing, best first.
    fn ranked(&self, text_len: usize, sentence_count: usize) -> Vec<Ranked> {
        let text_len = text_len.max(1) as f64;
        let lead = LEAD_SENTENCES.min(sentence_count);
        let inside = self.mentions_in_repeated_pairs();
        let mut ranked: Vec<Ranked> = self
            .list
            .iter()
            .enumerate()
            .filter(|(_, c)| c.words == 1 || c.mentions.len() >= 2)
            .map(|(index, c)| {
                let mut parts = [false; 10];
                for m in &c.mentions {
                    parts[((m.start as f64 / text_len) * 10.0).min(9.0) as usize] = true;
                }
                let spread = parts.iter().filter(|&&p| p).count() as f64 / 10.0;
                let in_lead = if c.first_sentence < lead { LEAD_BONUS } else { 0.0 };
                // a word's mentions inside a repeated pair belong to that pair ("network" in "sensor network")
                let own = c.mentions.len().saturating_sub(inside[index]).max(1);
                let score = (own as f64 + in_lead + SPREAD_BONUS * spread) * EXTRA_WORD_FACTOR.powi(c.words as i32 - 1);
                Ranked { key: c.key, index, count: c.mentions.len(), score, first: c.mentions[0] }
            })
            .collect();
        // Ties go to the phrase mentioned first, so the order is total and deterministic.
        sort_best_first(&mut ranked, |r| (r.score, r.first));
        ranked
    }

    /// For each candidate (by index in [`list`](Self::list)), how many of its
    /// mentions lie inside a two-word phrase said at least twice (counted once for each
    /// such phrase); 0 for phrases.
    fn mentions_in_repeated_pairs(&self) -> Vec<usize> {
        let mut inside = vec![0; self.list.len()];
        for pair in self.list.iter().filter(|c| c.words == 2 && c.mentions.len() >= 2) {
            for &term in &pair.key[..2] {
                let mut word = [u32::MAX; MAX_PHRASE_WORDS];
                word[0] = term;
                if let Some(&index) = self.by_key.get(&word) {
                    inside[index] += pair.mentions.len();
                }
            }
        }
        inside
    }

    /// For each candidate (by index in [`list`](Self::list)), the one it is shown as:
    /// for a single word, the longest phrase (of two or three words, the first of
    /// equals) that holds more than half of its mentions, or half of them when the
    /// word never stands alone, if there is one; else itself.
    fn widest_phrases(&self) -> Vec<usize> {
        let list = &self.list;
        // term ids are numbered from 0; every word of a phrase but a name is a one-word candidate
        let mut single = Vec::new();
        for (index, c) in list.iter().enumerate().filter(|(_, c)| c.words == 1) {
            let term = c.key[0] as usize;
            if single.len() <= term {
                single.resize(term + 1, usize::MAX);
            }
            single[term] = index;
        }
        let mut widest: Vec<usize> = (0..list.len()).collect();
        for (index, phrase) in list.iter().enumerate().filter(|(_, c)| c.words > 1 && !c.named) {
            for &term in &phrase.key[..phrase.words] {
                let Some(&word) = single.get(term as usize).filter(|&&w| w != usize::MAX) else { continue };
                let (shown, alone) = (&list[widest[word]], &list[word]);
                // "cognitive", said only in "cognitive states" and "cognitive models", is no keyword alone
                let needed = alone.mentions.len() + usize::from(alone.solo > 0);
                if phrase.words > shown.words && 2 * phrase.mentions.len() >= needed {
                    widest[word] = index;
                }
            }
        }
        widest
    }

    /// `r` as [`widest_phrases`](Self::widest_phrases) shows it; `None` for a noun that
    /// says nothing alone and is shown as no phrase.
    fn widen(&self, r: Ranked, widest: &[usize]) -> Option<Ranked> {
        let index = widest[r.index];
        let c = &self.list[index];
        (!c.unspecific).then(|| Ranked { key: c.key, index, count: c.mentions.len(), first: c.mentions[0], ..r })
    }

    /// The keyword for a ranked candidate.
    fn keyword(&self, r: &Ranked) -> Keyword {
        let c = &self.list[r.index];
        Keyword { text: self.display(c), count: r.count, score: r.score, mentions: c.mentions.clone() }
    }

    /// How a phrase is shown, its spaces single: a mention inside a sentence if there is one (its
    /// capitals are the text's own), else the first mention with its first letter
    /// lowered unless the whole word is in capitals ("NATO", "GDP").
    fn display(&self, c: &Candidate) -> String {
        let inside = c.first_inside;
        let span = c.mentions[inside.unwrap_or(0)];
        // a phrase may run across a line break of hard-wrapped text: shown on one line
        let written = joined(self.text[span.start..span.end].split_whitespace(), span.end - span.start);
        let first_word = written.split(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("");
        let all_capitals = first_word.chars().count() > 1 && !first_word.chars().any(char::is_lowercase);
        if inside.is_some() || all_capitals {
            return written;
        }
        let first = written.chars().next().map_or(0, char::len_utf8);
        lowercase(&written[..first]) + &written[first..]
    }
}

/// Whether the stems of `short` appear, in order and next to each other, in `long`.
fn contains(long: &PhraseKey, short: &PhraseKey) -> bool {
    let len = |k: &PhraseKey| k.iter().take_while(|&&t| t != u32::MAX).count();
    let (l, s) = (len(long), len(short));
    s < l && (0..=l - s).any(|i| long[i..i + s] == short[..s])
}

/// Takes the `limit` best phrases, each as `widen` shows it, skipping those chosen
/// already or mostly occurring inside a longer chosen one, and letting a longer phrase
/// (not a widened word) take the place (and score) of a shorter chosen one whose
/// mentions it mostly covers.
fn choose(ranked: Vec<Ranked>, limit: usize, widen: impl Fn(Ranked) -> Option<Ranked>) -> Vec<Ranked> {
    let mut chosen: Vec<Ranked> = Vec::new();
    for candidate in ranked {
        if chosen.len() == limit {
            break;
        }
        let word = candidate.key;
        let Some(candidate) = widen(candidate) else { continue };
        let overlaps = |c: &Ranked| contains(&c.key, &candidate.key) || contains(&candidate.key, &c.key);
        // A word widened to a phrase only stands for itself: it never displaces a chosen phrase.
        if chosen.iter().any(|c| c.key == candidate.key || (candidate.key != word && overlaps(c))) {
            continue;
        }
        let inside_longer = chosen.iter().any(|c| contains(&c.key, &candidate.key) && 2 * c.count > candidate.count);
        if inside_longer {
            continue;
        }
        if let Some(shorter) =
            chosen.iter().position(|c| contains(&candidate.key, &c.key) && 2 * candidate.count >= c.count)
        {
            // It takes the shorter one's rank too, so scores still fall down the list.
            let score = candidate.score.max(chosen[shorter].score);
            chosen[shorter] = Ranked { score, ..candidate };
            // The longer phrase may also cover another chosen one: keep each phrase once.
            let mut seen = Vec::new();
            chosen.retain(|c| {
                let fresh = !seen.contains(&c.key);
                seen.push(c.key);
                fresh
            });
            continue;
        }
        if chosen.iter().any(|c| contains(&candidate.key, &c.key)) {
            continue;
        }
        chosen.push(candidate);
    }
    chosen
}

#[cfg(test)]
mod tests {
    use crate::{extract_keywords, extract_keywords_with, Keyword, KeywordOptions};

    const PHRASES_ONLY: KeywordOptions =
        KeywordOptions { language: None, abbreviations: Vec::new(), limit: 10, names: false };

    fn phrases_only(text: &str) -> Vec<Keyword> {
        extract_keywords_with(text, &PHRASES_ONLY).unwrap()
    }

    fn phrases(text: &str) -> Vec<String> {
        phrases_only(text).into_iter().map(|k| k.text).collect()
    }

    #[test]
    fn repeated_phrases_beat_their_words_and_stems_merge_forms() {
        let text = "Aid agencies said the humanitarian crisis was deepening. The humanitarian \
                    crisis of the past decade was smaller. Donors pledged military aid, and the \
                    military aid arrived in March with food convoys. Each food convoy was late.";
        let found = phrases(text);
        let mut top = found[..3].to_vec();
        top.sort();
        assert_eq!(top, ["food convoys", "humanitarian crisis", "military aid"], "{found:?}");
        let convoys = phrases_only(text).into_iter().find(|k| k.text == "food convoys").unwrap();
        assert_eq!(convoys.count, 2, "convoy and convoys share a stem");
        assert!(!found.contains(&"military".to_string()) && !found.contains(&"crisis".to_string()), "{found:?}");
    }

    #[test]
    fn a_word_said_mostly_inside_one_phrase_is_shown_as_that_phrase() {
        let text = "We present a solver for job shop scheduling. The solver finds good plans quickly, \
                    and its plans beat earlier solvers. Riot police arrived; police closed the road, and \
                    police stayed.";
        let found = phrases(text);
        assert!(found.contains(&"job shop scheduling".to_string()), "{found:?}");
        assert!(!found.iter().any(|k| k == "scheduling" || k == "shop"), "{found:?}");
        assert!(found.contains(&"police".to_string()), "police is mostly said alone: {found:?}");
        assert!(!found.contains(&"riot police".to_string()), "{found:?}");
    }

    #[test]
    fn a_word_that_never_stands_alone_is_shown_in_a_phrase_holding_half_its_mentions() {
        let text = "Cognitive states shape belief. Beliefs differ from cognitive models, and belief is \
                    hard to test; belief decays. Credit markets froze while credit rules and credit \
                    limits tightened; credit fell.";
        let found = phrases(text);
        assert!(found.iter().any(|k| k.starts_with("cognitive ")), "{found:?}");
        assert!(!found.contains(&"cognitive".to_string()), "{found:?}");
        assert!(found.contains(&"credit".to_string()), "credit also stands alone: {found:?}");
    }

    #[test]
    fn a_noun_that_says_nothing_alone_is_listed_only_within_a_phrase() {
        let text = "The system reads each valve. A control system adjusts the valve, and engineers \
                    tuned the control system for speed. The system runs daily; the system logs every \
                    valve change, and valve wear limits the system.";
        let found = phrases(text);
        assert!(found.contains(&"control system".to_string()), "{found:?}");
        assert!(found.contains(&"valve".to_string()), "{found:?}");
        assert!(!found.contains(&"system".to_string()), "said six times, still no keyword alone: {found:?}");
    }

    #[test]
    fn a_transcript_s_speaker_labels_and_fillers_are_no_keywords() {
        let text = "Professor C: Um, the budget first.\nGrad A: Yeah, the budget is tight, uh, very tight.\n\
                    Professor C: OK. Um, the budget and the hiring plan.\nGrad A: Yeah. The hiring plan waits.\n\
                    Professor C: Hmm, okay.";
        let found = phrases(text);
        assert_eq!(found[0], "budget", "{found:?}");
        assert!(found.contains(&"hiring plan".to_string()), "{found:?}");
        for noise in ["professor", "grad", "um", "uh", "yeah", "ok", "okay", "hmm"] {
            assert!(!found.iter().any(|k| k.to_lowercase().split(' ').any(|w| w == noise)), "{noise}: {found:?}");
        }
    }

    #[test]
    fn the_fillers_of_speech_are_no_keywords_in_every_language_with_a_table() {
        let transcripts = [
            "Marie: Euh, le budget d'abord.\nPaul: Ouais, le budget est serré, euh, très serré.\n\
             Marie: Bon. Hum, le budget et le recrutement.\nPaul: Bah, le recrutement attend, hein.",
            "Anna: Äh, zuerst das Budget.\nJonas: Hm, das Budget ist knapp, ähm, sehr knapp.\n\
             Anna: Naja. Das Budget und die Einstellungen.\nJonas: Tja, die Einstellungen warten, mhm.",
        ];
        for text in transcripts {
            let found = phrases(text);
            assert!(found[0].eq_ignore_ascii_case("budget"), "{found:?}");
            for filler in ["euh", "ouais", "hum", "bah", "hein", "äh", "ähm", "hm", "naja", "tja", "mhm"] {
                assert!(!found.iter().any(|k| k.to_lowercase().split(' ').any(|w| w == filler)), "{filler}: {found:?}");
            }
        }
    }

    #[test]
    fn words_of_how_a_text_argues_are_no_keywords() {
        let text = "We propose a new method for image denoising. The proposed method uses sparse coding. \
                    Results show that sparse coding improves image denoising, and the method is simple.";
        let found = phrases(text);
        assert_eq!(found[..2], ["image denoising", "sparse coding"], "{found:?}");
        for generic in ["method", "new", "results", "proposed", "uses", "simple"] {
            assert!(
                !found.iter().any(|k| k.split(' ').any(|w| w.eq_ignore_ascii_case(generic))),
                "{generic}: {found:?}"
            );
        }
    }

    #[test]
    fn a_phrase_across_a_line_break_is_shown_on_one_line() {
        let text = "Role-based access\ncontrol keeps records safe. We audit access\ncontrol  logs, and access control \
                    rules change often.";
        let found = phrases(text);
        assert!(found.iter().any(|k| k.starts_with("access control")), "{found:?}");
        assert!(found.iter().all(|k| !k.contains('\n') && !k.contains("  ")), "{found:?}");
    }

    #[test]
    fn mentions_point_at_the_phrase_and_entities_are_left_out() {
        let text = "Prime Minister Benjamin Netanyahu discussed military aid. Netanyahu wants military aid \
                    quickly, and military aid is on the agenda.";
        let keywords = phrases_only(text);
        assert!(keywords.iter().all(|k| !k.text.to_lowercase().contains("netanyahu")), "{keywords:?}");
        let aid = keywords.iter().find(|k| k.text == "military aid").expect("military aid");
        assert_eq!(aid.count, 3);
        for m in &aid.mentions {
            assert_eq!(&text[m.start..m.end], "military aid");
        }
    }

    #[test]
    fn a_name_may_open_a_repeated_phrase_but_a_word_is_not_shown_with_its_subject() {
        let text = "We model the queue as a Markov chain. The Markov chain has three states, and \
                    its stationary distribution follows from Markov theory. Web services call it.";
        let found = phrases(text);
        assert_eq!(found[0], "Markov chain", "{found:?}");
        assert!(!found.iter().any(|k| k == "Markov" || k == "chain"), "{found:?}");
        let news = "Penelope Cruz joined the cast on Monday. The cast of the film grew.";
        let found = phrases(news);
        assert!(found.iter().all(|k| !k.contains("Cruz")), "a name and its verb are no phrase: {found:?}");
    }

    #[test]
    fn french_and_italian_keywords_leave_out_the_elided_article() {
        let text = "L'université de Lyon ferme. Selon l’université, la grève des enseignants dure. \
                    Les étudiants de l'université manifestent. L'université promet des cours en ligne.";
        let university = phrases_only(text).into_iter().find(|k| k.text == "université").expect("université");
        assert_eq!(university.count, 4, "l'université, l’université and L'université are one keyword");
        for m in &university.mentions {
            assert_eq!(&text[m.start..m.end].to_lowercase(), "université");
        }
        let italian = "La storia dell'arte italiana è lunga. Il museo dell'arte moderna apre. L'arte piace.";
        let found = phrases(italian);
        assert!(found.iter().any(|k| k == "arte"), "{found:?}");
        assert!(!found.iter().any(|k| k.contains('\'')), "{found:?}");
    }

    #[test]
    fn punctuation_and_stop_words_break_phrases() {
        let text = "Prices rose, markets fell. Prices rose again, markets fell again. The prices of food rose.";
        let found = phrases(text);
        assert!(found.iter().any(|k| k == "prices rose"), "{found:?}");
        assert!(!found.iter().any(|k| k.contains("rose markets") || k.contains("prices food")), "{found:?}");
    }

    #[test]
    fn sentence_capitals_are_lowered_but_acronyms_and_german_nouns_kept() {
        assert_eq!(phrases("Inflation worries grew. Economists blamed the inflation.")[0], "inflation");
        let german = phrases("Die Regierung plant neue Steuern. Die Steuern sollen im Mai steigen.");
        assert!(german.contains(&"Steuern".to_string()), "{german:?}");
    }

    #[test]
    fn names_and_phrases_share_one_ranking_once_each() {
        let keyword = |text: &str, score: f64, at: usize| Keyword {
            text: text.into(),
            count: 1,
            score,
            mentions: vec![crate::Span { start: at, end: at + 1 }],
        };
        let names = vec![keyword("Hamas", 5.0, 0), keyword("Gaza", 3.0, 10), keyword("Israel", 1.0, 20)];
        let phrases = vec![keyword("ceasefire plan", 4.0, 5), keyword("gaza", 3.0, 30), keyword("aid", 2.0, 40)];
        let listed: Vec<String> = super::merge_by_score(names, phrases, 4).into_iter().map(|k| k.text).collect();
        assert_eq!(listed, ["Hamas", "ceasefire plan", "Gaza", "aid"]);
    }

    #[test]
    fn key_names_are_listed_by_default() {
        let text = "Hamas rejected the ceasefire plan. Israel said the ceasefire plan stood. Hamas wants \
                    the ceasefire plan changed, and Hamas leaders met in Doha.";
        let listed: Vec<String> = extract_keywords(text).unwrap().into_iter().map(|k| k.text).collect();
        assert_eq!(listed[..2], ["Hamas", "ceasefire plan"], "{listed:?}");
        assert!(listed.contains(&"Israel".to_string()), "{listed:?}");
        assert_eq!(phrases(text)[0], "ceasefire plan");
    }

    #[test]
    fn limits_and_languages_without_keywords() {
        let text = "Bridges rust. Bridges fall. Bridges cost money. Roads crack.";
        let options = KeywordOptions { limit: 1, ..KeywordOptions::default() };
        assert_eq!(extract_keywords_with(text, &options).unwrap().len(), 1);
        assert!(extract_keywords("大桥今天关闭。大桥明天开放。").unwrap().is_empty());
        assert!(extract_keywords("").unwrap().is_empty());
    }
}
