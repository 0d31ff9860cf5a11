//! Stop words: function words that carry no topic, per language.

use crate::language::Language;

/// Lower-case English stop words, sorted for binary search.
const ENGLISH: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "almost", "also", "although",
    "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "be",
    "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else",
    "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having",
    "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i",
    "if", "in", "into", "is", "it", "its", "itself", "just", "least", "less", "let", "like",
    "may", "me", "might", "more", "most", "much", "must", "my", "myself", "neither", "never",
    "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or",
    "other", "others", "otherwise", "our", "ours", "ourselves", "out", "over", "own", "per",
    "perhaps", "quite", "rather", "really", "said", "same", "says", "shall", "she", "should",
    "since", "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them",
    "themselves", "then", "there", "therefore", "these", "they", "this", "those", "though",
    "through", "thus", "to", "too", "toward", "towards", "under", "unless", "until", "up",
    "upon", "us", "very", "was", "we", "were", "what", "whatever", "when", "where", "whether",
    "which", "while", "who", "whoever", "whom", "whose", "why", "will", "with", "within",
    "without", "would", "yes", "yet", "you", "your", "yours", "yourself", "yourselves",
];

/// Lower-case French stop words, sorted for binary search.
const FRENCH: &[&str] = &[
    "ai", "aie", "aient", "aies", "ainsi", "ait", "alors", "après", "as", "au", "aucun", "aucune",
    "auquel", "aura", "aurai", "auraient", "aurais", "aurait", "auras", "aurez", "auriez",
    "aurions", "aurons", "auront", "aussi", "autre", "autres", "aux", "auxquels", "avaient",
    "avais", "avait", "avant", "avec", "avez", "aviez", "avions", "avons", "ayant", "ayante",
    "ayantes", "ayants", "ayez", "ayons", "bien", "c", "car", "ce", "ceci", "cela", "celle",
    "celles", "celui", "celà", "cependant", "ces", "cet", "cette", "ceux", "chaque", "chez",
    "comme", "comment", "contre", "d", "dans", "de", "depuis", "des", "deux", "dit", "doit", "donc",
    "dont", "du", "duquel", "dès", "déjà", "elle", "elles", "en", "encore", "entre", "es", "est",
    "et", "eu", "eue", "eues", "eurent", "eus", "eusse", "eussent", "eusses", "eussiez", "eussions",
    "eut", "eux", "eûmes", "eût", "eûtes", "faire", "fait", "furent", "fus", "fusse", "fussent",
    "fusses", "fussiez", "fussions", "fut", "fûmes", "fût", "fûtes", "ici", "il", "ils", "j",
    "jamais", "je", "l", "la", "laquelle", "le", "lequel", "les", "lesquelles", "lesquels", "leur",
    "leurs", "lors", "lui", "m", "ma", "mais", "me", "mes", "moi", "moins", "mon", "même", "n",
    "ne", "ni", "non", "nos", "notre", "nous", "on", "ont", "ou", "oui", "où", "par", "parce",
    "pas", "pendant", "personne", "peu", "peut", "peuvent", "plus", "plusieurs", "pour", "pourrait",
    "puis", "qu", "quand", "que", "quel", "quelle", "quelles", "quelque", "quelques", "quels",
    "qui", "rien", "s", "sa", "sans", "se", "selon", "sera", "serai", "seraient", "serais",
    "serait", "seras", "serez", "seriez", "serions", "serons", "seront", "ses", "si", "soi",
    "soient", "sois", "soit", "sommes", "son", "sont", "sous", "soyez", "soyons", "suis", "sur",
    "t", "ta", "tandis", "tant", "te", "tel", "telle", "telles", "tels", "tes", "toi", "ton",
    "toujours", "tous", "tout", "toute", "toutes", "trop", "très", "tu", "un", "une", "vers",
    "voici", "voilà", "vos", "votre", "vous", "y", "à", "étaient", "étais", "était", "étant",
    "étante", "étantes", "étants", "étiez", "étions", "été", "étée", "étées", "étés", "êtes",
];

/// Lower-case German stop words, sorted for binary search.
const GERMAN: &[&str] = &[
    "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander",
    "andere", "anderem", "anderen", "anderer", "anderes", "anderm", "andern", "anderr", "anders",
    "auch", "auf", "aus", "bei", "bereits", "bin", "bis", "bist", "da", "damit", "dann", "das",
    "dass", "dasselbe", "dazu", "daß", "dein", "deine", "deinem", "deinen", "deiner", "deines",
    "dem", "demselben", "den", "denn", "denselben", "der", "derer", "derselbe", "derselben", "des",
    "desselben", "dessen", "dich", "die", "dies", "diese", "dieselbe", "dieselben", "diesem",
    "diesen", "dieser", "dieses", "dir", "doch", "dort", "du", "durch", "ein", "eine", "einem",
    "einen", "einer", "eines", "einig", "einige", "einigem", "einigen", "einiger", "einiges",
    "einmal", "er", "es", "etwas", "euch", "euer", "eure", "eurem", "euren", "eurer", "eures",
    "für", "gegen", "gewesen", "hab", "habe", "haben", "hat", "hatte", "hatten", "hier", "hin",
    "hinter", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "im",
    "immer", "in", "indem", "ins", "ist", "jede", "jedem", "jeden", "jeder", "jedes", "jene",
    "jenem", "jenen", "jener", "jenes", "jetzt", "kann", "kein", "keine", "keinem", "keinen",
    "keiner", "keines", "können", "könnte", "machen", "man", "manche", "manchem", "manchen",
    "mancher", "manches", "mehr", "mein", "meine", "meinem", "meinen", "meiner", "meines", "mich",
    "mir", "mit", "muss", "musste", "nach", "nicht", "nichts", "noch", "nun", "nur", "ob", "oder",
    "ohne", "sagte", "schon", "sehr", "sei", "sein", "seine", "seinem", "seinen", "seiner",
    "seines", "seit", "selbst", "sich", "sie", "sind", "so", "solche", "solchem", "solchen",
    "solcher", "solches", "soll", "sollte", "sondern", "sonst", "sowie", "um", "und", "uns",
    "unser", "unsere", "unserem", "unseren", "unseres", "unter", "viel", "vom", "von", "vor", "war",
    "waren", "warst", "was", "weg", "weil", "weiter", "welche", "welchem", "welchen", "welcher",
    "welches", "wenn", "werde", "werden", "wie", "wieder", "will", "wir", "wird", "wirst", "wo",
    "wollen", "wollte", "worden", "wurde", "wurden", "während", "würde", "würden", "zu", "zum",
    "zur", "zwar", "zwei", "zwischen", "über",
];

/// Lower-case Spanish stop words, sorted for binary search.
const SPANISH: &[&str] = &[
    "a", "al", "algo", "algunas", "algunos", "ante", "antes", "así", "aunque", "cada", "como",
    "con", "contra", "cual", "cuando", "de", "del", "desde", "dijo", "donde", "dos", "durante", "e",
    "el", "ella", "ellas", "ellos", "en", "entre", "era", "eran", "eras", "eres", "es", "esa",
    "esas", "ese", "eso", "esos", "esta", "estaba", "estaban", "estabas", "estado", "estamos",
    "estar", "estaremos", "estará", "estarán", "estaré", "estaría", "estarían", "estas", "este",
    "estemos", "esto", "estos", "estoy", "estuve", "estuviera", "estuvieron", "estuvimos", "estuvo",
    "está", "estábamos", "estáis", "están", "estás", "esté", "estéis", "estén", "estés", "fue",
    "fuera", "fueran", "fueron", "fui", "fuimos", "ha", "habido", "habrá", "habría", "habéis",
    "había", "habían", "hacer", "han", "has", "hasta", "hay", "haya", "hayan", "he", "hemos",
    "hube", "hubiera", "hubieron", "hubo", "la", "las", "le", "les", "lo", "los", "me", "mi", "mis",
    "misma", "mismo", "mucho", "muchos", "muy", "más", "mí", "mía", "mías", "mío", "míos", "nada",
    "ni", "no", "nos", "nosotras", "nosotros", "nuestra", "nuestras", "nuestro", "nuestros", "o",
    "os", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por", "porque", "puede",
    "pueden", "que", "quien", "quienes", "qué", "se", "sea", "sean", "según", "ser", "será",
    "serán", "sería", "serían", "sido", "siendo", "sin", "sino", "sobre", "sois", "somos", "son",
    "soy", "su", "sus", "suya", "suyas", "suyo", "suyos", "sí", "también", "tanto", "te", "tendrá",
    "tendría", "tenemos", "tenga", "tengo", "tenido", "teniendo", "tenéis", "tenía", "tenían", "ti",
    "tiene", "tienen", "tienes", "todo", "todos", "tras", "tu", "tus", "tuvieron", "tuvo", "tuya",
    "tuyas", "tuyo", "tuyos", "tú", "un", "una", "uno", "unos", "vosotras", "vosotros", "vuestra",
    "vuestras", "vuestro", "vuestros", "y", "ya", "yo", "él", "éramos",
];

/// Lower-case Italian stop words, sorted for binary search.
const ITALIAN: &[&str] = &[
    "a", "abbia", "abbiamo", "abbiano", "ad", "agl", "agli", "ai", "al", "all", "alla", "alle",
    "allo", "anche", "ancora", "avendo", "avete", "aveva", "avevamo", "avevano", "avevo", "avranno",
    "avrebbe", "avrebbero", "avrà", "avuto", "c", "che", "chi", "ci", "coi", "col", "come", "con",
    "contro", "cosa", "così", "cui", "da", "dagl", "dagli", "dai", "dal", "dall", "dalla", "dalle",
    "dallo", "degl", "degli", "dei", "del", "dell", "della", "delle", "dello", "detto", "di",
    "dopo", "dov", "dove", "due", "e", "ebbe", "ebbero", "ed", "era", "erano", "eravamo", "ero",
    "essere", "fa", "faceva", "fanno", "fatto", "fosse", "fossero", "fra", "fu", "furono", "già",
    "gli", "ha", "hai", "hanno", "ho", "i", "il", "in", "io", "l", "la", "le", "lei", "li", "lo",
    "loro", "lui", "ma", "mentre", "mi", "mia", "mie", "miei", "mio", "molto", "ne", "negl",
    "negli", "nei", "nel", "nell", "nella", "nelle", "nello", "noi", "non", "nostra", "nostre",
    "nostri", "nostro", "o", "ora", "per", "perché", "però", "più", "poi", "possono", "prima",
    "può", "quale", "quando", "quanta", "quante", "quanti", "quanto", "quella", "quelle", "quelli",
    "quello", "questa", "queste", "questi", "questo", "saranno", "sarebbe", "sarebbero", "sarà",
    "se", "sei", "sempre", "si", "sia", "siamo", "siano", "siete", "solo", "sono", "sta", "stanno",
    "stata", "state", "stati", "stato", "stava", "stavano", "sto", "su", "sua", "sue", "sugl",
    "sugli", "sui", "sul", "sull", "sulla", "sulle", "sullo", "suo", "suoi", "ti", "tra", "tu",
    "tua", "tue", "tuo", "tuoi", "tutti", "tutto", "un", "una", "uno", "vi", "voi", "vostra",
    "vostre", "vostri", "vostro", "è",
];

/// Lower-case Portuguese stop words, sorted for binary search.
const PORTUGUESE: &[&str] = &[
    "a", "ainda", "ao", "aos", "após", "aquela", "aquelas", "aquele", "aqueles", "aquilo", "as",
    "assim", "até", "cada", "com", "como", "contra", "da", "das", "de", "dela", "delas", "dele",
    "deles", "depois", "desde", "dessa", "desse", "desta", "deste", "disse", "disso", "do", "dois",
    "dos", "durante", "e", "ela", "elas", "ele", "eles", "em", "entre", "era", "eram", "essa",
    "essas", "esse", "esses", "esta", "estas", "estava", "estavam", "este", "estes", "esteve",
    "estive", "estiveram", "estou", "está", "estão", "eu", "foi", "fomos", "for", "foram", "fosse",
    "fossem", "fui", "havia", "houve", "há", "isso", "isto", "já", "lhe", "lhes", "mais", "mas",
    "me", "mesmo", "meu", "meus", "minha", "minhas", "muito", "na", "nas", "nem", "nessa", "nesse",
    "nesta", "neste", "no", "nos", "nossa", "nossas", "nosso", "nossos", "num", "numa", "não",
    "nós", "o", "onde", "os", "ou", "para", "pela", "pelas", "pelo", "pelos", "pois", "por",
    "porque", "pouco", "qual", "quando", "que", "quem", "se", "segundo", "seja", "sejam", "sem",
    "sendo", "ser", "seria", "seriam", "será", "serão", "seu", "seus", "sido", "sobre", "somos",
    "sou", "sua", "suas", "são", "só", "também", "te", "tem", "temos", "tenho", "ter", "teu",
    "teus", "teve", "tido", "tinha", "tinham", "tiveram", "tu", "tua", "tuas", "têm", "um", "uma",
    "você", "vocês", "vos", "à", "às", "é",
];

/// Lower-case Dutch stop words, sorted for binary search.
const DUTCH: &[&str] = &[
    "aan", "al", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "dan", "dat", "de",
    "der", "deze", "die", "dit", "doch", "doen", "door", "dus", "echter", "een", "eens", "eerst",
    "en", "er", "ge", "geen", "geweest", "haar", "had", "heb", "hebben", "heeft", "hem", "hen",
    "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja", "je", "jij",
    "jullie", "kan", "kon", "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn", "moet",
    "na", "naar", "nadat", "niet", "niets", "nog", "nu", "of", "om", "omdat", "onder", "ons",
    "onze", "ook", "op", "over", "reeds", "sinds", "te", "tegen", "toch", "toen", "tot", "tussen",
    "twee", "u", "uit", "uw", "van", "veel", "volgens", "voor", "waar", "waarin", "waarop", "want",
    "waren", "was", "wat", "wel", "welke", "werd", "wezen", "wie", "wij", "wil", "worden", "wordt",
    "zal", "ze", "zei", "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou", "zouden",
];

/// Lower-case Russian stop words, sorted for binary search.
const RUSSIAN: &[&str] = &[
    "а", "без", "более", "больше", "будет", "будто", "бы", "был", "была", "были", "было", "быть",
    "в", "вам", "вас", "вдруг", "ведь", "во", "вот", "впрочем", "все", "всегда", "всего", "всех",
    "всю", "всё", "вы", "где", "да", "даже", "два", "для", "до", "другой", "его", "ее", "ей", "ему",
    "если", "есть", "еще", "ещё", "её", "ж", "же", "за", "зачем", "заявил", "здесь", "и", "из",
    "или", "им", "иногда", "их", "к", "как", "какая", "какой", "когда", "конечно", "которая",
    "которое", "которые", "который", "которым", "которых", "кто", "куда", "ли", "лучше", "между",
    "меня", "мне", "много", "может", "можно", "мой", "моя", "мы", "на", "над", "надо", "наконец",
    "нас", "не", "него", "нее", "ней", "нельзя", "нет", "неё", "ни", "нибудь", "никогда", "ним",
    "них", "ничего", "но", "ну", "о", "об", "один", "он", "она", "они", "опять", "от", "перед",
    "по", "под", "после", "потом", "потому", "почти", "при", "про", "раз", "разве", "с", "сам",
    "свою", "себе", "себя", "сейчас", "сказал", "со", "совсем", "сообщил", "так", "также", "такой",
    "там", "тебя", "тем", "теперь", "то", "тогда", "того", "тоже", "только", "том", "тот", "три",
    "тут", "ты", "у", "уж", "уже", "хорошо", "хоть", "чего", "чем", "через", "что", "чтоб", "чтобы",
    "чуть", "эти", "это", "этого", "этой", "этом", "этот", "эту", "я",
];

/// Function words after which a line of prose cannot end: a line ending in one of
/// them runs on into the next line.
const CONNECTORS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
    "than", "that", "the", "to", "with",
];

/// The stop words of `language`, sorted (empty for languages without a table).
fn table(language: Language) -> &'static [&'static str] {
    match language {
        Language::English => ENGLISH,
        Language::French => FRENCH,
        Language::German => GERMAN,
        Language::Spanish => SPANISH,
        Language::Italian => ITALIAN,
        Language::Portuguese => PORTUGUESE,
        Language::Dutch => DUTCH,
        Language::Russian => RUSSIAN,
        Language::Chinese | Language::Japanese | Language::Other => &[],
    }
}

/// Whether the lower-case `word` is a stop word of `language`.
pub(crate) fn is_stop_word(language: Language, word: &str) -> bool {
    table(language).binary_search(&word).is_ok()
}

/// Whether the lower-case `word` is a connector that cannot end a line of prose.
pub(crate) fn is_connector(word: &str) -> bool {
    CONNECTORS.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_lower_case_and_unique() {
        for table in Language::ALL.iter().map(|&l| table(l)).chain([CONNECTORS]) {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "table not sorted or has duplicates");
            assert!(table.iter().all(|w| *w == w.to_lowercase()));
        }
        assert!(CONNECTORS.iter().all(|w| is_stop_word(Language::English, w)));
    }

    #[test]
    fn every_language_with_tables_has_function_words() {
        for (language, stop, content) in [
            (Language::French, ["les", "été", "dans"], "pont"),
            (Language::German, ["nicht", "über", "werden"], "brücke"),
            (Language::Spanish, ["más", "los", "está"], "puente"),
            (Language::Italian, ["della", "è", "sono"], "ponte"),
            (Language::Portuguese, ["não", "uma", "é"], "ponte"),
            (Language::Dutch, ["niet", "het", "zijn"], "brug"),
            (Language::Russian, ["это", "не", "всё"], "мост"),
        ] {
            assert!(stop.iter().all(|w| is_stop_word(language, w)), "{language:?}");
            assert!(!is_stop_word(language, content), "{language:?}");
        }
    }

    #[test]
    fn recognises_stop_words() {
        assert!(is_stop_word(Language::English, "the"));
        assert!(is_stop_word(Language::English, "how"));
        assert!(!is_stop_word(Language::English, "pentagon"));
    }
}
