//! Abbreviations that end in a period but usually do not end a sentence.

use crate::basics::Language;
use crate::text::WordList;

/// How an abbreviation behaves before a capitalised word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbreviationKind {
    /// A title or prefix that is always followed by more of the sentence: "Dr. Smith".
    Title,
    /// An abbreviation that ends a sentence only when the next word opens one:
    /// "the U.S. Government" continues, "in the U.S. How about you?" does not.
    Inline,
    /// An abbreviation that precedes a number: "p. 55", "No. 7", "N°. 12".
    Numbered,
}

/// Abbreviations that precede a number, lower case, without the final period.
static NUMBERED: WordList = WordList::new(&["\
art
c
ca
ch
chap
no
nos
n°
nº
op
p
pp
sec
vol
vols"]);

/// Titles and prefixes in every language, lower case, without the final period.
static TITLES: WordList = WordList::new(&["\
adm
amb
approx
atty
brig
capt
cf
cmdr
cpl
dr
e.g
gen
i.e
insp
lieut
lt
messrs
mme
mmes
mr
mrs
ms
msgr
mt
prof
pvt
sgt
supt
viz
vs"]);

/// Abbreviations that may also end a sentence.
static INLINE: WordList = WordList::new(&["\
a.m
apr
assn
assoc
aug
ave
blvd
bros
co
corp
dec
dept
e.u
etc
feb
fig
figs
govt
inc
intl
jan
jr
jul
jun
ltd
mar
natl
nov
oct
p.m
ph.d
sep
sept
sr
st
u.k
u.n
u.s
u.s.a
univ"]);

/// Names written with an exclamation mark that does not end the sentence, lower case,
/// without the mark: "Yahoo! Research".
static EXCLAIMED_NAMES: WordList = WordList::new(&["\
jeopardy
joomla
yahoo"]);

/// Titles and abbreviations that never end a sentence in each language, lower case,
/// without the final period (on top of [`TITLES`]), by [`Language::index`].
static LOCAL_TITLES: [WordList; 11] = [
    // English; words in other languages: "col" (fr), "det" (da), "hon" (sv), "maj" (sv, pl)
    WordList::new(&["\
col
det
gov
hon
maj
pres
rep
reps
rev
sen
sens"]),
    // French
    WordList::new(&["\
av
bd
boul
cf
chap
dr
env
ex
févr
janv
m
me
mgr
mlle
mlles
mm
mme
mmes
pr
réf
st
ste
vol"]),
    // German
    WordList::new(&["\
abs
bspw
bzw
ca
d.h
dipl
dr
evtl
fr
frl
geb
ggf
hr
hrn
i.d.r
inkl
jh
jhd
mind
nr
o.g
prof
s
sog
st
str
u
u.u
v.a
vgl
z
z.b
z.t
zzgl"]),
    // Spanish
    WordList::new(&["\
abr
ago
aprox
arq
av
avda
d
dic
dr
dra
dña
ee
ej
ene
excma
excmo
gral
ing
lic
núm
prof
pág
págs
párrf
sr
sra
sras
sres
srta
sto
ud
uds
vd
vds"]),
    // Italian; "ssa" is the end of "Dott.ssa", "Prof.ssa": only the part after the
    // inner period is looked up
    WordList::new(&["\
Dott.ssa
Prof.ssa
amm
arch
avv
dir
dott
dr
egr
es
gent
geom
ill
ing
mons
on
pag
prof
psicol
rag
sig
sig.na
sig.ra
sigg
spett
ssa"]),
    // Portuguese
    WordList::new(&["\
av
dr
dra
eng
ex
exa
exma
exmo
ilma
ilmo
prof
profa
pág
sr
sra
srs
srta"]),
    // Dutch
    WordList::new(&["\
bijv
blz
d.w.z
dhr
dr
drs
i.p.v
ing
ir
m.b.t
mevr
mr
mw
nr
o.a
prof
t.a.v
vgl"]),
    // Russian
    WordList::new(&["\
акад
гл
д
и.о
им
кв
напр
пгт
пл
проф
рис
св
см
ст
стр
т.е
т.к
т.н
табл
ул"]),
    WordList::new(&[]), // Chinese: none
    WordList::new(&[]), // Japanese: none
    // Other: frequent titles of languages without tables of their own: Danish and
    // Norwegian, Polish, Czech and Slovak, Bulgarian; none is a word elsewhere.
    WordList::new(&["\
bul
ekskl
godz
iflg
inż
jf
mgr
mht
napr
np
pga
resp
skt
tj
tzv
tzw
vha
wg
бул
вж
вкл
гр
пл
ул"]),
];

/// Abbreviations of each other language that may also end a sentence ("usw.",
/// "т.д."), lower case, without the final period (on top of [`INLINE`]), by
/// [`Language::index`].
static LOCAL_INLINE: [WordList; 11] = [
    WordList::new(&[]), // English: none
    // French
    WordList::new(&["\
cie"]),
    // German
    WordList::new(&["\
hrsg
o.ä
u.a
u.ä
usw"]),
    // Spanish
    WordList::new(&["\
cía
uu"]),
    // Italian
    WordList::new(&["\
ecc"]),
    // Portuguese
    WordList::new(&["\
lda"]),
    // Dutch
    WordList::new(&["\
e.d
enz
jl"]),
    // Russian
    WordList::new(&["\
в
вв
г
гг
др
коп
млн
млрд
пр
руб
т.д
т.п
тыс"]),
    WordList::new(&[]), // Chinese: none
    WordList::new(&[]), // Japanese: none
    // Other
    WordList::new(&["\
atď
osv
г
хил"]),
];

/// The kind of `word` (without its final period) in `language`, if it is a known
/// abbreviation or one of the caller's `extra` abbreviations (which count as titles).
/// Any other dotted word such as "N.Y" counts as [`AbbreviationKind::Inline`].
pub(crate) fn kind(language: Language, word: &str, extra: &[String]) -> Option<AbbreviationKind> {
    let lower = word.to_lowercase();
    let lower = lower.as_str();
    // Titles such as "Dr.", "Mt.", "Prof." also appear in text in other languages.
    let title = TITLES.contains(lower) || LOCAL_TITLES[language.index()].contains(lower);
    if title || extra.iter().any(|e| e.to_lowercase() == lower) {
        Some(AbbreviationKind::Title)
    } else if NUMBERED.contains(lower) {
        Some(AbbreviationKind::Numbered)
    } else if INLINE.contains(lower) || LOCAL_INLINE[language.index()].contains(lower) || is_dotted_abbreviation(word) {
        Some(AbbreviationKind::Inline)
    } else {
        None
    }
}

/// Whether `word` is a name written with an exclamation mark ("Yahoo" of "Yahoo!").
pub(crate) fn is_exclaimed_name(word: &str) -> bool {
    EXCLAIMED_NAMES.contains(&word.to_lowercase())
}

/// A dotted abbreviation such as "U.S", "a.m", "Ph.D": short parts between the dots
/// (unlike "example.com" or "content.html").
fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| (1..=3).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_case_insensitively() {
        let en = |w| kind(Language::English, w, &[]);
        assert_eq!(en("Dr"), Some(AbbreviationKind::Title));
        assert_eq!(en("SEN"), Some(AbbreviationKind::Title));
        assert_eq!(en("U.S"), Some(AbbreviationKind::Inline));
        assert_eq!(en("N.Y"), Some(AbbreviationKind::Inline));
        assert_eq!(en("dog"), None);
        assert_eq!(kind(Language::English, "Kl", &["kl".to_string()]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::German, "bzw", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::Spanish, "Srta", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::Russian, "проф", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::French, "Mme", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::German, "z.B", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::Italian, "Sig.ra", &[]), Some(AbbreviationKind::Title));
    }

    #[test]
    fn abbreviations_that_may_end_a_sentence_are_inline() {
        assert_eq!(kind(Language::German, "usw", &[]), Some(AbbreviationKind::Inline));
        assert_eq!(kind(Language::Russian, "т.д", &[]), Some(AbbreviationKind::Inline));
        assert_eq!(kind(Language::Dutch, "enz", &[]), Some(AbbreviationKind::Inline));
        assert_eq!(kind(Language::English, "usw", &[]), None, "local tables apply to their language only");
        assert_eq!(kind(Language::French, "col", &[]), None, "a word in French");
        assert_eq!(kind(Language::French, "Dr", &[]), Some(AbbreviationKind::Title));
        assert_eq!(kind(Language::Other, "Skt", &[]), Some(AbbreviationKind::Title), "Danish, in no table");
        assert_eq!(kind(Language::Other, "usw", &[]), None);
        assert!(is_exclaimed_name("Yahoo"));
        assert!(!is_exclaimed_name("Stop"));
    }
}
