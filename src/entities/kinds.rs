//! Kinds: how an entity is decided to be a person, a place, an organisation or
//! something else. Each mention collects votes, in points, from its own words (a
//! gazetteer entry, a designator such as "Inc." or "River", initials, plain
//! capitalised words, an acronym) and from the words around it (a title, "Dear",
//! "in", a relation such as "his father", "said", "who", a citation, a score after
//! it); the votes of every form of a name add up when the forms merge, and the kind
//! with the most points wins.

use super::evidence::Evidence;
use super::tokens::{is_acronym, is_capitalised, is_initial, Token};
use super::Signal;
use crate::basics::EntityKind;
use crate::data::entity_words::{ORGANIZATION, OTHER, PLACE, SAYING};
use crate::data::gazetteer::{self, Listed};

/// Evidence about what kind of thing a mention names, in points.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct KindVotes {
    /// Points for a person.
    pub(super) person: u32,
    /// Points for a place.
    pub(super) place: u32,
    /// Points for an organisation.
    pub(super) organization: u32,
    /// Points for anything else (events, works, demonyms...).
    pub(super) other: u32,
}

impl KindVotes {
    /// Adds the points of `other` to these.
    pub(super) fn add(&mut self, other: &KindVotes) {
        self.person += other.person;
        self.place += other.place;
        self.organization += other.organization;
        self.other += other.other;
    }

    /// The kind with the most points (ties go to person, then organisation, then
    /// place); other without any point.
    pub(super) fn kind(&self) -> EntityKind {
        let best = [
            (self.person, EntityKind::Person),
            (self.organization, EntityKind::Organization),
            (self.place, EntityKind::Place),
            (self.other, EntityKind::Other),
        ]
        .into_iter()
        .max_by_key(|&(votes, kind)| (votes, std::cmp::Reverse(kind as u8)));
        match best {
            Some((votes, kind)) if votes > 0 => kind,
            _ => EntityKind::Other,
        }
    }

    /// Adds `points` to `kind`.
    fn vote(&mut self, kind: EntityKind, points: u32) {
        match kind {
            EntityKind::Organization => self.organization += points,
            EntityKind::Place => self.place += points,
            EntityKind::Other => self.other += points,
            EntityKind::Person => self.person += points,
        }
    }
}

/// Prepositions that put a name in a place ("in Paris", "near the border of Chad").
const PLACE_PREPOSITIONS: &[&str] =
    &["across", "from", "in", "inside", "into", "near", "outside", "throughout", "to", "towards"];

/// Words inside a name that say what it names: "Inc.", "Ministry", "River", "War".
pub(super) fn designator(lower: &str) -> Option<EntityKind> {
    if ORGANIZATION.contains(lower) {
        Some(EntityKind::Organization)
    } else if PLACE.contains(lower) {
        Some(EntityKind::Place)
    } else if OTHER.contains(lower) {
        Some(EntityKind::Other)
    } else {
        None
    }
}

/// What an accepted name's words and the words around it say about its kind.
pub(super) struct KindClues<'c, 't> {
    /// The name's tokens, particles included.
    pub(super) run: &'c [Token<'t>],
    /// The name's words: its tokens without particles.
    pub(super) words: &'c [&'c Token<'t>],
    /// The word before the name (lower case) when only spaces separate them.
    pub(super) before: Option<&'c str>,
    /// The token after the name, if any.
    pub(super) after: Option<&'c Token<'t>>,
    /// Whether it is cited as an author ("Brieber et al.", "(Moretti, 2013)").
    pub(super) cited: bool,
    /// What a gazetteer lists the whole name as.
    pub(super) listed: Option<Listed>,
    /// Whether one of its words is a designator (and designators count).
    pub(super) designated: bool,
    /// Whether a title came before it ("Sen. Ruth Alder").
    pub(super) titled: bool,
    /// Whether a relation came before it ("his father, Anthony", "her friend Marianne").
    pub(super) related: bool,
    /// Whether a score follows it ("Glamorgan 259 and 207"): a competitor.
    pub(super) scored: bool,
}

impl KindClues<'_, '_> {
    /// The votes of every clue, the words of the text weighed with `evidence`.
    pub(super) fn votes(&self, evidence: &Evidence<'_>) -> KindVotes {
        let mut votes = KindVotes::default();
        self.vote_from_words(&mut votes, evidence);
        self.vote_from_context(&mut votes);
        votes
    }

    /// "The United Nations said": people's names take no article.
    fn after_article(&self) -> bool {
        self.before == Some("the")
    }

    /// Votes from inside the name: a listed place or demonym, designators, initials
    /// between names, plain capitalised words, a lone acronym.
    fn vote_from_words(&self, votes: &mut KindVotes, evidence: &Evidence<'_>) {
        let (run, words) = (self.run, self.words);
        match self.listed {
            Some(Listed::Place) => votes.place += 4,
            Some(Listed::Demonym) => votes.other += 4,
            Some(Listed::Organization) => votes.organization += 4,
            None => {}
        }
        if self.designated {
            let last = designator(&run[run.len() - 1].lower);
            let first = designator(&run[0].lower);
            // The head of "X of Y" ("American College of Pediatricians", "Court of Appeals").
            let head =
                run.iter().position(|t| t.lower == "of").filter(|&p| p > 1).and_then(|p| designator(&run[p - 1].lower));
            for kind in [last, first, head].into_iter().flatten() {
                votes.vote(kind, 3);
            }
        }
        if words.len() >= 3 && words[1..words.len() - 1].iter().any(|t| is_initial(t.text)) {
            votes.person += 2; // "Lloyd J. Austin"
        }
        // Two or three plain capitalised words with nothing that makes them a place, an
        // organisation or a title are most often a person's name ("Claire Warwick").
        let plain = |t: &&Token<'_>| {
            is_capitalised(t.text)
                && !is_acronym(t.text)
                && !evidence.common(&t.lower)
                && designator(&t.lower).is_none()
                && gazetteer::lookup(&t.lower).is_none()
        };
        if Signal::PlainNames.enabled()
            && (2..=3).contains(&words.len())
            && words.len() == run.len()
            && words.iter().all(plain)
            && self.listed.is_none()
            && !self.after_article()
        {
            votes.person += 1;
        }
        if words.len() == 1 && is_acronym(words[0].text) && self.listed.is_none() {
            votes.organization += 1;
        }
    }

    /// Votes from around the name: a title, "Dear" or a place preposition before it,
    /// a verb of saying, "who", a citation ("et al.", a year) after it.
    fn vote_from_context(&self, votes: &mut KindVotes) {
        if self.titled && Signal::Titles.enabled() {
            votes.person += 3;
        }
        if self.related && Signal::Context.enabled() {
            votes.person += 2;
        }
        if !Signal::Context.enabled() {
            return;
        }
        if let Some(before) = self.before {
            if before == "dear" {
                votes.person += 2;
            } else if PLACE_PREPOSITIONS.contains(&before) {
                votes.place += 1;
            }
        }
        if let Some(next) = self.after {
            if SAYING.contains(&next.lower) {
                if self.after_article() {
                    votes.organization += 1;
                } else {
                    votes.person += 1;
                }
            } else if next.lower == "who" {
                votes.person += 2;
            }
        }
        if self.cited {
            votes.person += 2; // "Brieber et al.", "(Moretti, 2013)"
        }
        if self.scored {
            votes.organization += 1; // a team: "Glamorgan 259 and 207"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tests::kind_of;
    use crate::entities::tokens::title_word;

    #[test]
    fn designators_name_their_kind() {
        assert_eq!(designator("université"), Some(EntityKind::Organization));
        assert_eq!(designator("river"), Some(EntityKind::Place));
        assert_eq!(designator("war"), Some(EntityKind::Other));
        assert_eq!(designator("universe"), None);
        assert!(title_word("Gen.") && title_word("President") && !title_word("Motors"));
    }

    #[test]
    fn kinds_from_context_designators_and_gazetteers() {
        let text = "Engineers from Halvorsen Industries Inc. met staff of the Ministry of Transport and \
                    the University of Tamsk near Lake Orrin. Sen. Ruth Alder, who chairs the panel, \
                    said Kenya and Nairobi would help. They also visited Brellin, and the talks in \
                    Brellin went well.";
        assert_eq!(kind_of(text, "Halvorsen Industries Inc."), EntityKind::Organization);
        assert_eq!(kind_of(text, "Ministry of Transport"), EntityKind::Organization);
        assert_eq!(kind_of(text, "University of Tamsk"), EntityKind::Organization);
        assert_eq!(kind_of(text, "Lake Orrin"), EntityKind::Place);
        assert_eq!(kind_of(text, "Ruth Alder"), EntityKind::Person);
        assert_eq!(kind_of(text, "Kenya"), EntityKind::Place);
        assert_eq!(kind_of(text, "Nairobi"), EntityKind::Place);
        assert_eq!(kind_of(text, "Brellin"), EntityKind::Place);
        let text = "Members of the Arlen College of Surgeons met at Oakvale Cemetery. Later the \
                    Kestrel Collective said the Arlen College of Surgeons would pay.";
        assert_eq!(kind_of(text, "Arlen College of Surgeons"), EntityKind::Organization);
        assert_eq!(kind_of(text, "Oakvale Cemetery"), EntityKind::Place);
        assert_eq!(kind_of(text, "Kestrel Collective"), EntityKind::Organization, "the X said is not a person");
        // Buildings and sites are places, as GUM and CoNLL annotate them.
        let text = "The orbiter goes to the Dunmore Museum of Flight, the crew stayed at the \
                    Harlow Hotel, and the final was played at Velnor Stadium before fans from the \
                    Republic of Tamsk.";
        for name in ["Dunmore Museum of Flight", "Harlow Hotel", "Velnor Stadium", "Republic of Tamsk"] {
            assert_eq!(kind_of(text, name), EntityKind::Place, "{name}");
        }
    }

    #[test]
    fn a_relation_before_a_name_makes_a_person() {
        let text = "Goode was born in Exeter. His father, Anthony, was a geologist, and he lived \
                    with his friend Marianne near Brellin.";
        assert_eq!(kind_of(text, "Anthony"), EntityKind::Person);
        assert_eq!(kind_of(text, "Marianne"), EntityKind::Person);
        let text = "Goode was born in Exeter. Later, Anthony was a geologist, and he lived with \
                    Marianne near Brellin.";
        assert_eq!(kind_of(text, "Anthony"), EntityKind::Other, "no evidence without the relation");
    }

    #[test]
    fn authors_cited_by_year_are_people_and_a_year_is_no_score() {
        let text = "Distant reading (Moretti, 2013) was new. Museums studied it (see Milekic 2010; \
                    Brieber et al. 2014), and older work (Parry (1929) on Homer) too. The film \
                    Stoker (2013) and Belle (2013) came later.";
        for name in ["Moretti", "Milekic", "Brieber", "Parry"] {
            assert_eq!(kind_of(text, name), EntityKind::Person, "{name}");
        }
        assert_eq!(kind_of(text, "Stoker"), EntityKind::Other, "a year is no team's score");
        assert_eq!(kind_of(text, "Belle"), EntityKind::Other, "a year outside parentheses cites no one");
    }

    #[test]
    fn names_with_scores_are_teams_and_labels_stay_labels() {
        let text = "Results of the county championship on Friday.\nHove: Sussex 363 and 120, Lancashire \
                    197 for 8.\nChonan 3 0 1 13 10 9\nSuwan 1 3 0 7 3 6\nFigure 2 shows 3 of the 4 matches.";
        for name in ["Sussex", "Lancashire", "Chonan", "Suwan"] {
            assert_eq!(kind_of(text, name), EntityKind::Organization, "{name}");
        }
        let names: Vec<String> = crate::extract_entities(text).unwrap().into_iter().map(|e| e.text).collect();
        assert!(!names.iter().any(|n| n == "Figure"), "{names:?}");
    }

    #[test]
    fn a_dateline_names_its_place_even_one_no_list_holds() {
        let text = "SOCCER - LATE GOALS GIVE HOSTS A WIN.\nMONTE CARLO 1996-08-30\nThe hosts won 2-1 on \
                    Friday after two late goals.";
        let entities = crate::extract_entities(text).unwrap();
        let place = entities.iter().find(|e| e.text.eq_ignore_ascii_case("Monte Carlo"));
        assert!(place.is_some_and(|e| e.kind == EntityKind::Place), "{entities:?}");
        // a line in capitals that opens with its date has no place before it
        let dated = crate::extract_entities("RESULTS.\n1996-08-30\nLONDON 1996-08-30\n12 MORE 1996-08-30\n").unwrap();
        assert!(dated.iter().any(|e| e.text.eq_ignore_ascii_case("London")), "{dated:?}");
    }

    #[test]
    fn listed_organisations_named_without_a_designator() {
        let text = "Hamas rejected the offer on Monday. The Pentagon and the White House said they \
                    would wait. In Brasilia the National Congress met, and Congress adjourned.";
        for name in ["Hamas", "Pentagon", "White House"] {
            assert_eq!(kind_of(text, name), EntityKind::Organization, "{name}");
        }
        let congress = crate::extract_entities(text).unwrap().into_iter().find(|e| e.text == "National Congress");
        assert!(congress.is_some_and(|e| e.count == 2), "a listed organisation still joins the name that ends with it");
    }
}
