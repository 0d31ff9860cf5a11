//! Small built-in gazetteers for entity kinds: countries, US states, capitals and
//! major world cities, continents and regions, demonyms and languages, plus the
//! common alternative names of a few countries and international bodies.
//!
//! Every table is one string of lower-case names, one a line, sorted (a test checks
//! it), so each name costs only its letters in the WebAssembly module; a
//! [`WordList`](crate::words::WordList) turns tables into a hash set the first time it is asked. The tables are English names plus a few endonyms; they are meant to be
//! small (a few KB in the WebAssembly module): the text's own evidence decides most
//! kinds, these lists only settle the frequent names that carry no evidence.

use crate::text::WordList;

/// Countries and territories: English short names, old names, and the names of major
/// countries in German, French, Spanish, Italian, Portuguese, Dutch, Greek and Russian.
const COUNTRIES: &str = "\
afghanistan
albania
alemanha
alemania
algeria
allemagne
andorra
angleterre
angola
antigua
argentina
armenia
australia
austria
azerbaijan
bahamas
bahrain
bangladesh
barbados
belarus
belgique
belgium
belize
benin
bhutan
bolivia
bosnia
bosnia and herzegovina
botswana
brasil
brazil
britain
brunei
bulgaria
burkina faso
burma
burundi
cambodia
cameroon
canada
cape verde
chad
chile
china
chine
colombia
comoros
congo
costa rica
croatia
cuba
cyprus
czech republic
czechia
danmark
denmark
deutschland
djibouti
dominica
dominican republic
duitsland
east timor
ecuador
egypt
el salvador
england
equatorial guinea
eritrea
espagne
espana
espanha
españa
estados unidos
estonia
eswatini
ethiopia
fiji
finland
france
francia
frankreich
frankrijk
frança
gabon
gambia
georgia
germania
germany
ghana
great britain
greece
greenland
grenada
griechenland
großbritannien
guatemala
guinea
guyana
haiti
holland
honduras
hong kong
hungary
iceland
india
indonesia
inglaterra
iran
iraq
ireland
israel
italia
italie
italien
italië
italy
ivory coast
jamaica
japan
japon
japón
jordan
kazakhstan
kenya
kiribati
korea
kosovo
kuwait
kyrgyzstan
laos
latvia
lebanon
lesotho
liberia
libya
liechtenstein
lithuania
luxembourg
macedonia
madagascar
malawi
malaysia
maldives
mali
malta
mauritania
mauritius
mexico
micronesia
moldova
monaco
mongolia
montenegro
morocco
mozambique
myanmar
méxico
namibia
nauru
nederland
nepal
netherlands
new zealand
nicaragua
niederlande
niger
nigeria
north korea
north macedonia
northern ireland
norway
oman
pakistan
palau
palestine
panama
papua new guinea
paraguay
pays-bas
persia
peru
philippines
poland
polen
polska
portugal
puerto rico
qatar
reino unido
romania
royaume-uni
rusia
russia
russie
russland
rwanda
rússia
samoa
san marino
saudi arabia
schweden
schweiz
scotland
senegal
serbia
seychelles
sierra leone
singapore
slovakia
slovenia
somalia
south africa
south korea
south sudan
soviet union
spagna
spain
spanien
sri lanka
stati uniti
sudan
suisse
suriname
sverige
sweden
switzerland
syria
taiwan
tajikistan
tanzania
thailand
tibet
togo
tonga
trinidad
trinidad and tobago
tschechien
tunisia
turkey
turkmenistan
tuvalu
türkei
uganda
ukraine
ungarn
united arab emirates
united kingdom
united states
united states of america
uruguay
uzbekistan
vanuatu
vatican
venezuela
vereinigte staaten
verenigde staten
vietnam
wales
yemen
yugoslavia
zambia
zimbabwe
états-unis
österreich
ελλάδα
россия
украина";

/// US states, Canadian provinces and a few other first-level regions.
const REGIONS: &str = "\
alabama
alaska
alberta
arizona
arkansas
bavaria
british columbia
california
catalonia
colorado
connecticut
delaware
florida
hawaii
idaho
illinois
indiana
iowa
kansas
kentucky
louisiana
maine
manitoba
maryland
massachusetts
michigan
minnesota
mississippi
missouri
montana
nebraska
nevada
new brunswick
new hampshire
new jersey
new mexico
new south wales
new york
north carolina
north dakota
nova scotia
ohio
oklahoma
ontario
oregon
pennsylvania
punjab
quebec
queensland
rhode island
saskatchewan
siberia
south carolina
south dakota
tasmania
tennessee
texas
utah
vermont
victoria
virginia
washington
west virginia
wisconsin
wyoming";

/// Capitals and other major world cities.
const CITIES: &str = "\
abu dhabi
abuja
accra
addis ababa
aleppo
alexandria
algiers
amman
amsterdam
ankara
athens
atlanta
auckland
baghdad
baku
baltimore
bangkok
barcelona
basel
beijing
beirut
belfast
belgrade
berlin
bern
birmingham
bogota
bogotá
bombay
bonn
boston
brisbane
bristol
brussels
bucharest
budapest
buenos aires
cairo
calcutta
canberra
cape town
caracas
chicago
copenhagen
dakar
dallas
damascus
delhi
denver
detroit
dhaka
doha
dubai
dublin
edinburgh
florence
frankfurt
gaza
geneva
glasgow
hamburg
hanoi
havana
helsinki
hiroshima
ho chi minh city
honolulu
houston
istanbul
jakarta
jerusalem
johannesburg
kabul
karachi
kathmandu
khartoum
kiev
kinshasa
kolkata
kuala lumpur
kyiv
kyoto
la paz
lagos
lahore
las vegas
leeds
lima
lisbon
liverpool
london
los angeles
lyon
madrid
manchester
manila
marseille
mecca
melbourne
mexico city
miami
milan
minsk
mombasa
montreal
moscow
mumbai
munich
nairobi
naples
new delhi
new orleans
new york city
osaka
oslo
ottawa
oxford
paris
perth
philadelphia
phoenix
prague
pyongyang
quito
rabat
reykjavik
riga
rio
rio de janeiro
riyadh
rome
rotterdam
saint petersburg
san diego
san francisco
santiago
sao paulo
sarajevo
seattle
seoul
shanghai
singapore
sofia
st. petersburg
stockholm
sydney
são paulo
taipei
tallinn
tashkent
tbilisi
tehran
tel aviv
the hague
tokyo
toronto
tripoli
tunis
turin
vancouver
venice
vienna
vilnius
warsaw
washington d.c.
washington, d.c.
wellington
yerevan
zagreb
zurich
zürich
афины
киев
москва
санкт-петербург";

/// Continents, oceans and large regions.
const AREAS: &str = "\
africa
antarctica
arctic
asia
atlantic
balkans
caribbean
central america
central asia
east asia
eastern europe
eurasia
europe
indian ocean
latin america
mediterranean
middle east
north africa
north america
oceania
pacific
pacific ocean
scandinavia
south america
south asia
southeast asia
sub-saharan africa
west africa
western europe
европа";

/// Demonyms, languages and religions (singular; a plural "s" is stripped before lookup).
const DEMONYMS: &str = "\
afghan
african
albanian
algerian
american
anglo
arab
arabian
arabic
argentine
argentinian
armenian
asian
australian
austrian
bangladeshi
basque
belgian
bengali
bolivian
bosnian
brazilian
british
buddhist
bulgarian
burmese
cambodian
canadian
catalan
catholic
chilean
chinese
christian
colombian
congolese
croatian
cuban
czech
danish
dutch
ecuadorian
egyptian
english
eritrean
estonian
ethiopian
european
filipino
finnish
flemish
french
georgian
german
ghanaian
greek
haitian
hebrew
hindi
hindu
hispanic
hungarian
icelandic
indian
indonesian
iranian
iraqi
irish
islamic
israeli
italian
jamaican
japanese
jewish
jordanian
kenyan
korean
kurdish
latin
latvian
lebanese
libyan
lithuanian
malay
malaysian
mexican
mongolian
moroccan
muslim
nepali
nigerian
norwegian
pakistani
palestinian
persian
peruvian
polish
portuguese
protestant
punjabi
romanian
russian
rwandan
saudi
scottish
serbian
sikh
slovak
slovenian
somali
spanish
sudanese
swahili
swedish
swiss
syrian
taiwanese
tamil
thai
tibetan
turkish
ugandan
ukrainian
urdu
venezuelan
vietnamese
welsh
yemeni
zulu";

/// Other names of a place or body, and the name they stand for (sorted by the first).
const ALIASES: &[(&str, &str)] = &[
    ("america", "united states"),
    ("britain", "united kingdom"),
    ("dprk", "north korea"),
    ("eu", "european union"),
    ("great britain", "united kingdom"),
    ("holland", "netherlands"),
    ("prc", "china"),
    ("uk", "united kingdom"),
    ("un", "united nations"),
    ("united states of america", "united states"),
    ("us", "united states"),
    ("usa", "united states"),
    ("ussr", "soviet union"),
];

/// What a gazetteer says a lower-case name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Listed {
    /// A country, region, city or larger area.
    Place,
    /// A demonym, language or religion ("Danish", "Muslims").
    Demonym,
}

static PLACES: WordList = WordList::new(&[COUNTRIES, REGIONS, CITIES, AREAS]);
static DEMONYM_LIST: WordList = WordList::new(&[DEMONYMS]);

/// Whether the lower-case `word` is a listed demonym as written (an adjective such as
/// "Danish", not a plural such as "Danes" or "Americans").
pub(crate) fn is_demonym(word: &str) -> bool {
    DEMONYM_LIST.contains(word)
}

/// What `name` (lower case, periods kept, single spaces) is, if any table lists it.
pub(crate) fn lookup(name: &str) -> Option<Listed> {
    let name = name.strip_prefix("the ").unwrap_or(name);
    if PLACES.contains(name) || ALIASES.binary_search_by(|(a, _)| a.cmp(&name)).is_ok() {
        return Some(Listed::Place);
    }
    let singular = name.strip_suffix('s').unwrap_or(name);
    (DEMONYM_LIST.contains(name) || DEMONYM_LIST.contains(singular)).then_some(Listed::Demonym)
}

/// The name `key` (lower case, without periods) stands for, when it is a listed
/// other name ("us" → "united states").
pub(crate) fn canonical(key: &str) -> Option<&'static str> {
    ALIASES.binary_search_by(|(a, _)| a.cmp(&key)).ok().map(|i| ALIASES[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_lower_case_and_unique() {
        let tables = [
            ("countries", COUNTRIES),
            ("regions", REGIONS),
            ("cities", CITIES),
            ("areas", AREAS),
            ("demonyms", DEMONYMS),
        ];
        for (name, table) in tables {
            let lines: Vec<&str> = table.lines().collect();
            if let Some(w) = lines.windows(2).find(|w| w[0] >= w[1]) {
                panic!("{name}: {:?} before {:?}: not sorted or a duplicate", w[0], w[1]);
            }
            assert!(
                lines.iter().all(|w| !w.is_empty() && w.to_lowercase() == *w),
                "{name} has upper case or an empty line"
            );
            let list = if name == "demonyms" { &DEMONYM_LIST } else { &PLACES };
            for line in &lines {
                assert!(list.contains(line), "{name}: {line} not found");
            }
        }
        assert!(!PLACES.contains("") && !PLACES.contains("franc") && !PLACES.contains("france\nspain"));
        assert!(ALIASES.windows(2).all(|w| w[0].0 < w[1].0), "aliases not sorted");
    }

    #[test]
    fn lookups() {
        assert_eq!(lookup("france"), Some(Listed::Place));
        assert_eq!(lookup("new york"), Some(Listed::Place));
        assert_eq!(lookup("the netherlands"), Some(Listed::Place));
        assert_eq!(lookup("americans"), Some(Listed::Demonym));
        assert_eq!(lookup("danish"), Some(Listed::Demonym));
        assert_eq!(lookup("москва"), Some(Listed::Place));
        assert_eq!(lookup("austin"), None);
        assert_eq!(canonical("us"), Some("united states"));
        assert_eq!(canonical("france"), None);
    }
}
