//! Merging: the written forms of one name become one entity. Forms with the same
//! [`key`] (case, periods, a leading "the" and listed other names aside) are one
//! group; then groups join the group they are another form of: the same words in
//! another order, an acronym and the name it abbreviates (by initials, or defined in
//! the text), a short form and the longer name that ends with it, a lone first name
//! and the only full name it opens. Each entity is shown by its fullest form
//! ([`display_name`]).

use std::cmp::Reverse;

use rustc_hash::FxHashMap as HashMap;

use super::evidence::Evidence;
use super::kinds::{designator, KindVotes};
use super::tokens::{is_acronym, is_capitalised, is_particle};
use super::{sort_by_position, Mention, Signal};
use crate::basics::{insertion_sort_by_key, lowercase, EntityKind};
use crate::data::gazetteer::{self, Listed};

/// The key two written forms of one name share: lower case, no periods, curly
/// apostrophes straightened, no leading "the", listed other names replaced.
pub(super) fn key(name: &str) -> String {
    // one pass over the lower-case name (lowered whole: a final sigma depends on its place)
    let mut lower = String::with_capacity(name.len());
    let mut space = false; // whitespace since the last character kept
    let lowered;
    let name = if name.is_ascii() {
        name
    } else {
        lowered = lowercase(name);
        &lowered
    };
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        match c {
            '.' => {}
            c if c.is_whitespace() => space = !lower.is_empty(),
            c => {
                if std::mem::take(&mut space) {
                    lower.push(' ');
                }
                lower.push(if c == '’' { '\'' } else { c });
            }
        }
    }
    if lower.starts_with("the ") {
        lower.drain(..4);
    }
    match gazetteer::canonical(&lower) {
        Some(canonical) if Signal::Gazetteer.enabled() => canonical.to_string(),
        _ => lower,
    }
}

/// The words of a name key that identify it: without initials and particles.
fn core_words(key: &str) -> Vec<&str> {
    key.split(' ').filter(|w| w.chars().count() > 1 && !is_particle(w, true)).collect()
}

/// The letters an acronym of a multi-word name would have: first letters of its
/// capitalised words ("World Health Organization" → "who").
fn initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    if words.len() < 2 {
        return None;
    }
    let letters: String = words.iter().filter(|w| is_capitalised(w)).filter_map(|w| w.chars().next()).collect();
    (letters.chars().count() >= 2).then(|| lowercase(&letters))
}

/// Acronyms the text defines, by key: a one-word name with two or more capitals in
/// brackets right after a longer name ("World Health Organization (WHO)").
pub(super) fn definitions(text: &str, mentions: &[Mention]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for pair in mentions.windows(2) {
        let (long, short) = (&pair[0], &pair[1]);
        let between = text.get(long.span.end..short.span.start).unwrap_or_default();
        let closed = text[short.span.end..].trim_start().starts_with(')');
        let capitals = short.name.chars().filter(|c| c.is_uppercase()).count();
        if long.name.contains(' ')
            && !short.name.contains(' ')
            && capitals >= 2
            && closed
            && between.trim() == "("
            && long.name.chars().next() == short.name.chars().next()
        {
            out.push((key(&short.name), key(&long.name)));
        }
    }
    out
}

/// Longer names a short form is compared with, at most (the longest ones come first).
const MAX_HOSTS: usize = 64;

/// One name, in all its written forms.
struct Group {
    /// The forms' shared [`key`].
    key: String,
    /// Every mention of one of the forms, in text order.
    mentions: Vec<Mention>,
}

impl Group {
    /// The number of words of the name.
    fn word_count(&self) -> usize {
        self.key.split(' ').count()
    }

    /// The first form the text writes.
    fn first_form(&self) -> &str {
        &self.mentions[0].name
    }

    /// Whether the name is an acronym of one word: "NATO", "U.S.".
    fn is_acronym(&self) -> bool {
        self.word_count() == 1 && is_acronym(self.first_form())
    }

    /// The kind votes of all its mentions.
    fn votes(&self) -> KindVotes {
        let mut votes = KindVotes::default();
        self.mentions.iter().for_each(|m| votes.add(&m.votes));
        votes
    }
}

/// A merged entity before ranking.
pub(super) struct Merged {
    /// The name to show.
    pub(super) name: String,
    /// Every mention of every form, in text order.
    pub(super) mentions: Vec<Mention>,
    /// What it names.
    pub(super) kind: EntityKind,
}

/// A union-find over groups: each group points to the one it merged into.
fn root(target: &mut [usize], mut g: usize) -> usize {
    while target[g] != g {
        target[g] = target[target[g]];
        g = target[g];
    }
    g
}

/// Groups mentions into entities: identical keys first, then acronyms into their
/// expansions, short forms into the longer names that end with them, and lone first
/// names into the only full name they open.
pub(super) fn merge(mentions: Vec<Mention>, evidence: &Evidence<'_>, definitions: &[(String, String)]) -> Vec<Merged> {
    let (groups, by_key) = group_by_key(mentions);
    let votes = groups.iter().map(Group::votes).collect();
    let mut merger = Merger { target: (0..groups.len()).collect(), groups, votes };
    merger.join_reordered();
    if Signal::Acronyms.enabled() {
        merger.join_acronyms(&by_key, definitions);
    }
    merger.join_short_forms(evidence);
    if Signal::FirstNames.enabled() {
        merger.join_first_names();
    }
    merger.into_entities()
}

/// The mentions grouped by [`key`] (in order of first mention), and each key's group.
fn group_by_key(mentions: Vec<Mention>) -> (Vec<Group>, HashMap<String, usize>) {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::default();
    for mention in mentions {
        let k = key(&mention.name);
        if k.is_empty() {
            continue;
        }
        let at = *by_key.entry(k.clone()).or_insert_with(|| {
            groups.push(Group { key: k, mentions: Vec::new() });
            groups.len() - 1
        });
        groups[at].mentions.push(mention);
    }
    (groups, by_key)
}

/// Groups being merged into entities.
struct Merger {
    /// The groups of identical keys.
    groups: Vec<Group>,
    /// The kind votes of each group.
    votes: Vec<KindVotes>,
    /// The group each group merged into (itself when none): a union-find.
    target: Vec<usize>,
}

impl Merger {
    /// The same words in another order: "Higuchi Ichiyō" = "Ichiyō Higuchi".
    fn join_reordered(&mut self) {
        let mut by_word_set: HashMap<String, usize> = HashMap::default();
        for (g, group) in self.groups.iter().enumerate() {
            let mut words = core_words(&group.key);
            if words.len() >= 2 {
                insertion_sort_by_key(&mut words, |&word| word); // the few words of a name
                let first = *by_word_set.entry(words.join(" ")).or_insert(g);
                if first != g {
                    self.target[g] = first;
                }
            }
        }
    }

    /// Acronyms into the multi-word name they abbreviate (by its initials, the most
    /// mentioned such name), or the one the text defines them as (`definitions`, by
    /// key; `by_key` finds each key's group).
    fn join_acronyms(&mut self, by_key: &HashMap<String, usize>, definitions: &[(String, String)]) {
        let groups = &self.groups;
        let mut by_initials: HashMap<String, usize> = HashMap::default();
        for (g, group) in groups.iter().enumerate() {
            if let Some(letters) = initials(group.first_form()) {
                let best = by_initials.entry(letters).or_insert(g);
                if groups[*best].mentions.len() < group.mentions.len() {
                    *best = g;
                }
            }
        }
        for (g, group) in groups.iter().enumerate() {
            if group.is_acronym() {
                if let Some(&host) = by_initials.get(&group.key) {
                    self.target[g] = host;
                }
            }
        }
        // Defined in the text: "American College of Pediatricians (ACPeds)".
        for (short, long) in definitions {
            if let (Some(&g), Some(&host)) = (by_key.get(short), by_key.get(long)) {
                if host != g {
                    self.target[g] = host;
                }
            }
        }
    }

    /// Short forms into the longer names that end with them ("Austin" → "Lloyd J.
    /// Austin"). Longest names first: each group may fold into a longer one seen before
    /// it that ends with the same word (looked up by that word, so merging stays
    /// linear); of several, the most mentioned.
    fn join_short_forms(&mut self, evidence: &Evidence<'_>) {
        let groups = &self.groups;
        let mut by_last_word: HashMap<&str, Vec<usize>> = HashMap::default();
        for g in longest_first(groups) {
            let name = groups[g].key.as_str();
            let words = core_words(name);
            let Some(&last) = words.last() else { continue };
            let hosts = by_last_word.entry(last).or_default();
            if self.target[g] == g {
                let listed_place = Signal::Gazetteer.enabled() && is_place_or_demonym(name);
                let host = hosts
                    .iter()
                    .take(MAX_HOSTS)
                    .copied()
                    .filter(|&h| self.is_fuller_form(h, g, &words, listed_place, evidence))
                    .max_by_key(|&h| (groups[h].mentions.len(), Reverse(h)));
                if let Some(h) = host {
                    self.target[g] = h;
                }
            }
            hosts.push(g);
        }
    }

    /// Whether group `h` is a fuller form of group `g`'s name (whose core words are
    /// `words`): it has more words, holds `g`'s in order, has no "of", and the words it
    /// adds can be part of a personal name; a listed place (`listed_place`) or a name
    /// without the particles `h` adds joins only a person's name.
    fn is_fuller_form(&self, h: usize, g: usize, words: &[&str], listed_place: bool, evidence: &Evidence<'_>) -> bool {
        let name = self.groups[g].key.as_str();
        let host_name = self.groups[h].key.as_str();
        let host_words = core_words(host_name);
        let person = self.votes[h].person > 0 || self.votes[g].person > 0;
        let particles = host_name.split(' ').any(|w| is_particle(w, true) && !name.split(' ').any(|n| n == w));
        host_name.split(' ').count() > name.split(' ').count()
            && !host_name.split(' ').any(|w| w == "of")
            && is_subsequence(words, &host_words)
            && (!listed_place || person)
            && (!particles || person)
            && host_words.iter().filter(|w| !words.contains(w)).all(|w| plain_word(w, evidence))
    }

    /// A lone first name into the only full name it opens ("Daniel" → "Daniel
    /// Bernoulli"), when one of them is a person's and the full name comes first.
    fn join_first_names(&mut self) {
        let Merger { groups, votes, target } = self;
        let by_first_word = full_names_by_first_word(groups);
        for g in 0..groups.len() {
            let key = groups[g].key.as_str();
            if target[g] != g || key.contains(' ') || is_acronym(groups[g].first_form()) {
                continue;
            }
            if Signal::Gazetteer.enabled() && is_place_or_demonym(key) {
                continue;
            }
            let Some(hosts) = by_first_word.get(key) else { continue };
            if votes[g].person == 0 && !hosts.iter().any(|&h| votes[h].person > 0) {
                continue; // "Toyota" is not short for "Toyota Way"
            }
            if !hosts.iter().any(|&h| groups[h].mentions[0].span < groups[g].mentions[0].span) {
                continue; // the full name introduces the person: "Daniel Bernoulli ... Daniel"
            }
            let first_root = root(target, hosts[0]);
            if hosts.iter().all(|&h| root(target, h) == first_root) && first_root != g {
                target[g] = first_root;
            }
        }
    }

    /// The entities: each group's mentions, votes and acronym mentions go to its root.
    fn into_entities(self) -> Vec<Merged> {
        let Merger { mut groups, votes, mut target } = self;
        let mut merged: Vec<(Vec<Mention>, KindVotes, usize)> =
            (0..groups.len()).map(|_| (Vec::new(), KindVotes::default(), 0)).collect();
        for g in 0..groups.len() {
            let r = root(&mut target, g);
            merged[r].1.add(&votes[g]);
            if r != g && groups[g].is_acronym() {
                merged[r].2 += groups[g].mentions.len();
            }
            let mentions = std::mem::take(&mut groups[g].mentions);
            merged[r].0.extend(mentions);
        }
        merged
            .into_iter()
            .filter(|(mentions, _, _)| !mentions.is_empty())
            .map(|(mut mentions, votes, acronyms)| {
                sort_by_position(&mut mentions);
                let kind = votes.kind();
                let name = display_name(&mentions, acronyms, kind);
                Merged { name, mentions, kind }
            })
            .collect()
    }
}

/// The groups' indices, names with more words first (bucketed by word count: names
/// have a handful of words, and no sort is needed).
fn longest_first(groups: &[Group]) -> Vec<usize> {
    let longest = groups.iter().map(Group::word_count).max().unwrap_or(0);
    let counts: Vec<usize> = groups.iter().map(Group::word_count).collect();
    (1..=longest).rev().flat_map(|n| (0..counts.len()).filter(|&g| counts[g] == n).collect::<Vec<_>>()).collect()
}

/// The full names a lone first name may be short for, by their first word: names of
/// two or three core words, without "of", not ending with a designator (at most
/// [`MAX_HOSTS`] a word).
fn full_names_by_first_word(groups: &[Group]) -> HashMap<&str, Vec<usize>> {
    let mut by_first_word: HashMap<&str, Vec<usize>> = HashMap::default();
    for (g, group) in groups.iter().enumerate() {
        let words = core_words(&group.key);
        if (2..=3).contains(&words.len())
            && !group.key.split(' ').any(|w| w == "of")
            && designator(words[words.len() - 1]).is_none()
        {
            let hosts = by_first_word.entry(words[0]).or_default();
            if hosts.len() < MAX_HOSTS {
                hosts.push(g);
            }
        }
    }
    by_first_word
}

/// A word (lower case) that can be part of a personal name: not a common word, a
/// designator or a listed place or demonym ("English wikiHow", "Old Athens" are not
/// fuller forms of "wikiHow" and "Athens").
fn plain_word(lower: &str, evidence: &Evidence) -> bool {
    !evidence.common(lower)
        && designator(lower).is_none()
        && !(Signal::Gazetteer.enabled() && is_place_or_demonym(lower))
}

/// Whether the words of `short` appear in `long`, in the same order.
fn is_subsequence(short: &[&str], long: &[&str]) -> bool {
    let mut it = long.iter();
    short.iter().all(|w| it.any(|l| l == w))
}

/// The name to show: the fullest form (more words, then more characters), preferring
/// forms not in capitals; the acronym when it is used more often than the rest.
fn display_name(mentions: &[Mention], acronyms: usize, kind: EntityKind) -> String {
    let caps = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count() > 4 && !s.chars().any(char::is_lowercase);
    let rank = |s: &str| (!caps(s), s.split(' ').count(), s.len());
    if acronyms * 2 > mentions.len() {
        if let Some(m) = mentions.iter().find(|m| !m.name.contains(' ') && is_acronym(&m.name)) {
            return m.name.clone();
        }
    }
    let mut best = &mentions[0].name;
    for m in mentions {
        if rank(&m.name) > rank(best) {
            best = &m.name;
        }
    }
    // A surname the text mostly writes after an honorific is shown with it: "Mr. Sova".
    if Signal::HonorificDisplay.enabled() && !best.contains(' ') && kind == EntityKind::Person {
        if let Some(title) = mentions.iter().find_map(|m| m.honorific.as_deref()) {
            return format!("{title} {best}");
        }
    }
    best.clone()
}

/// Whether a table lists `name` as a place or a demonym: such a name is itself, never a
/// short form of a longer one (a listed organisation may be: "Congress" of "National
/// Congress").
fn is_place_or_demonym(name: &str) -> bool {
    matches!(gazetteer::lookup(name), Some(Listed::Place | Listed::Demonym))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tests::{kind_of, names, texts};

    #[test]
    fn keys_fold_case_periods_spaces_apostrophes_and_a_leading_article() {
        assert_eq!(key(" The  Lloyd J. Austin\n"), "lloyd j austin");
        assert_eq!(key("O’Brien . Ltd."), "o'brien ltd");
        assert_eq!(key("ΟΔΥΣΣΕΥΣ"), "οδυσσευς");
        assert_eq!(key("Theodore"), "theodore");
    }

    #[test]
    fn short_forms_and_possessives_merge_into_the_full_name() {
        let text = "Prime Minister Benjamin Netanyahu met Defense Secretary Lloyd J. Austin on Monday. \
                    Austin said Netanyahu's government had agreed. Lloyd Austin left later.";
        assert_eq!(names(text), [("Lloyd J. Austin".into(), 3), ("Benjamin Netanyahu".into(), 2)]);
    }

    #[test]
    fn dotted_and_plain_acronyms_are_one_entity() {
        let text = "The U.S. sent aid. Later the US sent more. Hamas rejected it, and Hamas said so.";
        assert_eq!(names(text), [("U.S.".into(), 2), ("Hamas".into(), 2)]);
    }

    #[test]
    fn a_surname_only_ever_titled_is_shown_with_its_title() {
        let text = "Counsel for the city, Mr. Wexley, rose first. The judge asked Wexley to be brief, \
                    and Senator Oduya nodded. Later Oduya left the room.";
        let found = texts(text);
        assert!(found.contains(&"Mr. Wexley".to_string()), "{found:?}");
        assert!(found.contains(&"Senator Oduya".to_string()), "{found:?}");
    }

    #[test]
    fn acronyms_join_their_expansion() {
        let text = "The North Atlantic Treaty Organization (NATO) met in Brussels. NATO said the plan \
                    was ready, and NATO ministers agreed. The World Food Programme sent trucks; \
                    later the WFP sent more.";
        let found = names(text);
        assert!(found.contains(&("NATO".into(), 4)), "{found:?}");
        assert!(found.contains(&("World Food Programme".into(), 2)), "{found:?}");
        assert_eq!(kind_of(text, "World Food Programme"), EntityKind::Organization);
    }

    #[test]
    fn listed_other_names_are_one_entity() {
        let text = "The United States and Britain signed the deal. America will pay first; the U.K. \
                    pays later, and the US agreed.";
        let found = names(text);
        assert!(found.contains(&("United States".into(), 3)), "{found:?}");
        assert!(found.contains(&("Britain".into(), 2)) || found.contains(&("U.K.".into(), 2)), "{found:?}");
    }

    #[test]
    fn first_names_reordered_names_and_what_must_not_merge() {
        let text = "Daniel Fenwick, a surveyor, mapped the coast. Later, Daniel returned to the coast. \
                    The novelist Tanaka Hiroshi wrote about it; Hiroshi Tanaka also painted. \
                    Tourists love Old Harbor and Harbor Lane, and visit Athens. Old Athens is quiet.";
        let found = names(text);
        assert!(found.contains(&("Daniel Fenwick".into(), 2)), "{found:?}");
        assert!(found.iter().any(|(n, c)| n.contains("Tanaka") && *c == 2), "{found:?}");
        assert!(found.contains(&("Athens".into(), 1)) && found.contains(&("Old Athens".into(), 1)), "{found:?}");
    }
}
