//! Stop words: function words that carry no topic, per language.
//!
//! English, French, German, Spanish, Italian, Portuguese, Dutch and Russian have a table
//! (for the others, based on the Snowball stop lists): articles, pronouns, prepositions,
//! conjunctions, auxiliary and modal verb forms and common adverbs, lower case and
//! accented as lower-cased text spells them. Chinese, Japanese and [`Language::Other`]
//! have none. The tables serve twice: words in them are not terms, and
//! [`crate::language`] detects a Latin-script text's language by which table covers
//! the most of its words, so they hold no frequent content words.

use std::sync::OnceLock;

use rustc_hash::FxHashSet as HashSet;

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

/// Lower-case French stop words (Snowball's list, every form of *être* and *avoir*, and
/// common prepositions, conjunctions, adverbs and modal forms), sorted for binary search.
const FRENCH: &[&str] = &[
    "a", "afin", "ai", "aie", "aient", "aies", "ainsi", "ait", "alors", "après", "as", "assez",
    "au", "aucun", "aucune", "aucuns", "auquel", "aura", "aurai", "auraient", "aurais",
    "aurait", "auras", "aurez", "auriez", "aurions", "aurons", "auront", "aussi", "autant",
    "autre", "autres", "aux", "auxquelles", "auxquels", "avaient", "avais", "avait", "avant",
    "avec", "avez", "aviez", "avions", "avoir", "avons", "ayant", "ayante", "ayantes",
    "ayants", "ayez", "ayons", "beaucoup", "bien", "c", "car", "ce", "ceci", "cela", "celle",
    "celles", "celui", "cependant", "ces", "cet", "cette", "ceux", "chacun", "chacune",
    "chaque", "chez", "combien", "comme", "comment", "contre", "d", "dans", "de", "depuis",
    "des", "desquelles", "desquels", "deux", "devait", "devraient", "devrait", "dit", "doit",
    "doivent", "donc", "dont", "du", "duquel", "durant", "dès", "déjà", "elle", "elles", "en",
    "encore", "enfin", "ensuite", "entre", "envers", "es", "est", "et", "eu", "eue", "eues",
    "eurent", "eus", "eusse", "eussent", "eusses", "eussiez", "eussions", "eut", "eux",
    "eûmes", "eût", "eûtes", "faire", "fait", "faut", "furent", "fus", "fusse", "fussent",
    "fusses", "fussiez", "fussions", "fut", "fûmes", "fût", "fûtes", "hors", "ici", "il",
    "ils", "j", "jamais", "je", "l", "la", "laquelle", "le", "lequel", "les", "lesquelles",
    "lesquels", "leur", "leurs", "lors", "lorsque", "lui", "là", "m", "ma", "mais", "malgré",
    "me", "mes", "moi", "moins", "mon", "même", "n", "ne", "ni", "non", "nos", "notre", "nous",
    "nulle", "néanmoins", "on", "ont", "ou", "oui", "où", "par", "parce", "parfois", "parmi",
    "pas", "pendant", "peu", "peut", "peuvent", "peux", "plus", "plusieurs", "pour",
    "pourquoi", "pourraient", "pourrait", "pourtant", "puis", "puisque", "qu", "quand", "que",
    "quel", "quelle", "quelles", "quelque", "quelques", "quels", "qui", "quoi", "quoique",
    "rien", "s", "sa", "sans", "sauf", "se", "selon", "sera", "serai", "seraient", "serais",
    "serait", "seras", "serez", "seriez", "serions", "serons", "seront", "ses", "si", "soi",
    "soient", "sois", "soit", "sommes", "son", "sont", "sous", "souvent", "soyez", "soyons",
    "suis", "sur", "t", "ta", "tandis", "tant", "te", "tel", "telle", "telles", "tels", "tes",
    "toi", "ton", "toujours", "tous", "tout", "toute", "toutefois", "toutes", "trop", "très",
    "tu", "un", "une", "vers", "veulent", "veut", "voici", "voilà", "vos", "votre", "vous",
    "y", "à", "ça", "étaient", "étais", "était", "étant", "étante", "étantes", "étants",
    "étiez", "étions", "été", "étée", "étées", "étés", "êtes", "être",
];

/// Lower-case German stop words (Snowball's list plus forms of *werden*, the modals and
/// common conjunctions, contracted prepositions and adverbs), sorted for binary search.
const GERMAN: &[&str] = &[
    "ab", "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an",
    "ander", "andere", "anderem", "anderen", "anderer", "anderes", "anderm", "andern",
    "anderr", "anders", "ans", "auch", "auf", "aufs", "aus", "außer", "bei", "beide", "beiden",
    "beim", "bereits", "bevor", "bin", "bis", "bist", "da", "dabei", "dafür", "dagegen",
    "daher", "damit", "dann", "darauf", "darf", "darum", "darüber", "das", "dass", "dasselbe",
    "davon", "davor", "dazu", "daß", "dein", "deine", "deinem", "deinen", "deiner", "deines",
    "dem", "demselben", "den", "denen", "denn", "denselben", "der", "deren", "derer",
    "derselbe", "derselben", "des", "deshalb", "desselben", "dessen", "deswegen", "dich",
    "die", "dies", "diese", "dieselbe", "dieselben", "diesem", "diesen", "dieser", "dieses",
    "dir", "doch", "dort", "du", "durch", "durchs", "durfte", "dürfen", "eben", "ein", "eine",
    "einem", "einen", "einer", "eines", "einig", "einige", "einigem", "einigen", "einiger",
    "einiges", "einmal", "entweder", "er", "es", "etwa", "etwas", "euch", "euer", "eure",
    "eurem", "euren", "eurer", "eures", "falls", "für", "fürs", "gar", "gegen", "genug",
    "gewesen", "geworden", "hab", "habe", "haben", "habt", "hast", "hat", "hatte", "hatten",
    "hier", "hin", "hinter", "hätte", "hätten", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre",
    "ihrem", "ihren", "ihrer", "ihres", "im", "immer", "in", "indem", "ins", "ist", "ja",
    "jede", "jedem", "jeden", "jeder", "jedes", "jedoch", "jemand", "jene", "jenem", "jenen",
    "jener", "jenes", "jetzt", "kann", "kannst", "kaum", "kein", "keine", "keinem", "keinen",
    "keiner", "keines", "konnte", "konnten", "können", "könnt", "könnte", "könnten", "machen",
    "mal", "man", "manche", "manchem", "manchen", "mancher", "manches", "manchmal", "mehr",
    "mein", "meine", "meinem", "meinen", "meiner", "meines", "mich", "mir", "mit", "muss",
    "musst", "musste", "möchte", "mögen", "müssen", "müsste", "müssten", "nach", "nachdem",
    "neben", "nein", "nicht", "nichts", "nie", "niemals", "niemand", "noch", "nun", "nur",
    "ob", "obwohl", "oder", "oft", "ohne", "sagte", "schon", "sehr", "sei", "seid", "sein",
    "seine", "seinem", "seinen", "seiner", "seines", "seit", "seitdem", "selbst", "sich",
    "sie", "sind", "so", "sobald", "sodass", "solange", "solche", "solchem", "solchen",
    "solcher", "solches", "soll", "sollen", "sollte", "sollten", "sondern", "sonst", "sowie",
    "sowohl", "statt", "trotz", "trotzdem", "um", "ums", "und", "uns", "unser", "unsere",
    "unserem", "unseren", "unserer", "unseres", "unter", "viel", "viele", "vielen", "vieles",
    "vom", "von", "vor", "wann", "war", "waren", "warst", "wart", "warum", "was", "weder",
    "weg", "wegen", "weil", "weiter", "welche", "welchem", "welchen", "welcher", "welches",
    "wem", "wen", "wenig", "wenige", "weniger", "wenn", "wer", "werde", "werden", "werdet",
    "wessen", "wie", "wieder", "will", "willst", "wir", "wird", "wirst", "wo", "wofür",
    "woher", "wohin", "wollen", "wollte", "wollten", "womit", "worauf", "worden", "wozu",
    "wurde", "wurden", "während", "wäre", "wären", "würde", "würden", "zu", "zum", "zur",
    "zwar", "zwei", "zwischen", "über",
];

/// Lower-case Spanish stop words (Snowball's list without the *vosotros* verb forms, plus
/// common adverbs, prepositions and modal forms), sorted for binary search.
const SPANISH: &[&str] = &[
    "a", "ahora", "ahí", "al", "algo", "alguna", "algunas", "alguno", "algunos", "algún",
    "allí", "ante", "antes", "aquel", "aquella", "aquellas", "aquello", "aquellos", "aquí",
    "así", "aunque", "aún", "bajo", "bastante", "cada", "casi", "como", "con", "contra",
    "cual", "cuales", "cualquier", "cuando", "cuya", "cuyo", "cuál", "cuáles", "cuándo",
    "cuánto", "cómo", "de", "debe", "deben", "del", "demasiado", "desde", "después", "dijo",
    "donde", "dos", "durante", "dónde", "e", "el", "ella", "ellas", "ello", "ellos", "en",
    "entonces", "entre", "era", "erais", "eran", "eras", "eres", "es", "esa", "esas", "ese",
    "eso", "esos", "esta", "estaba", "estabais", "estaban", "estabas", "estado", "estamos",
    "estando", "estar", "estaremos", "estará", "estarán", "estarás", "estaré", "estaría",
    "estaríamos", "estarían", "estarías", "estas", "este", "estemos", "esto", "estos", "estoy",
    "estuve", "estuviera", "estuvieran", "estuvieras", "estuvieron", "estuviese", "estuviesen",
    "estuvieses", "estuvimos", "estuviste", "estuvo", "está", "estábamos", "están", "estás",
    "esté", "estén", "estés", "fue", "fuera", "fuerais", "fueran", "fueras", "fueron", "fuese",
    "fueseis", "fuesen", "fueses", "fui", "fuimos", "fuiste", "fuéramos", "ha", "haber",
    "habida", "habidas", "habido", "habidos", "habiendo", "habremos", "habrá", "habrán",
    "habrás", "habré", "habría", "habríamos", "habrían", "habrías", "había", "habíamos",
    "habían", "habías", "hace", "hacer", "hacia", "han", "has", "hasta", "hay", "haya",
    "hayamos", "hayan", "hayas", "he", "hemos", "hube", "hubiera", "hubieran", "hubieras",
    "hubieron", "hubiese", "hubiesen", "hubieses", "hubimos", "hubiste", "hubo", "jamás", "la",
    "las", "le", "les", "lo", "los", "luego", "me", "mediante", "menos", "mi", "mientras",
    "mis", "misma", "mismas", "mismo", "mismos", "mucho", "muchos", "muy", "más", "mí", "mía",
    "mías", "mío", "míos", "nada", "ni", "ninguna", "ninguno", "ningún", "no", "nos",
    "nosotras", "nosotros", "nuestra", "nuestras", "nuestro", "nuestros", "nunca", "o", "os",
    "otra", "otras", "otro", "otros", "para", "pero", "poco", "podría", "podía", "por",
    "porque", "puede", "pueden", "puedo", "pues", "que", "quien", "quienes", "quién",
    "quiénes", "qué", "se", "sea", "seamos", "sean", "seas", "según", "ser", "seremos", "será",
    "serán", "serás", "seré", "sería", "seríamos", "serían", "serías", "sido", "siempre",
    "siendo", "sin", "sino", "sobre", "sois", "solo", "somos", "son", "soy", "su", "sus",
    "suya", "suyas", "suyo", "suyos", "sí", "sólo", "también", "tan", "tanto", "te",
    "tendremos", "tendrá", "tendrán", "tendrás", "tendré", "tendría", "tendríamos", "tendrían",
    "tendrías", "tenemos", "tener", "tenga", "tengamos", "tengan", "tengas", "tengo", "tenida",
    "tenidas", "tenido", "tenidos", "teniendo", "tenía", "teníamos", "tenían", "tenías", "ti",
    "tiene", "tienen", "tienes", "toda", "todas", "todavía", "todo", "todos", "tras", "tu",
    "tus", "tuve", "tuviera", "tuvieran", "tuvieras", "tuvieron", "tuviese", "tuviesen",
    "tuvieses", "tuvimos", "tuviste", "tuvo", "tuya", "tuyas", "tuyo", "tuyos", "tú", "un",
    "una", "uno", "unos", "usted", "ustedes", "vosotras", "vosotros", "vuestra", "vuestras",
    "vuestro", "vuestros", "y", "ya", "yo", "él", "éramos",
];

/// Lower-case Italian stop words (Snowball's list without its rarest verb forms, plus common
/// adverbs, prepositions, quantifiers and modal forms), sorted for binary search.
const ITALIAN: &[&str] = &[
    "a", "abbia", "abbiamo", "abbiano", "ad", "adesso", "affinché", "agl", "agli", "ai", "al",
    "alcune", "alcuni", "all", "alla", "alle", "allo", "altra", "altre", "altri", "altro",
    "anche", "ancora", "avendo", "avere", "avesse", "avessero", "avessi", "avete", "aveva",
    "avevamo", "avevano", "avevo", "avrai", "avranno", "avrebbe", "avrebbero", "avrei",
    "avremo", "avrete", "avrà", "avrò", "avuta", "avute", "avuti", "avuto", "benché", "c",
    "ce", "che", "chi", "ci", "ciascuno", "cioè", "ciò", "coi", "col", "come", "con", "contro",
    "così", "cui", "da", "dagl", "dagli", "dai", "dal", "dall", "dalla", "dalle", "dallo",
    "degl", "degli", "dei", "del", "dell", "della", "delle", "dello", "dentro", "detto",
    "deve", "devono", "di", "dopo", "dov", "dove", "dovrebbe", "due", "dunque", "durante", "e",
    "ebbe", "ebbero", "ebbi", "ed", "egli", "era", "erano", "eravamo", "eri", "ero", "essa",
    "esse", "essendo", "essere", "essi", "esso", "fa", "faccia", "facciamo", "facciano",
    "faccio", "facendo", "facesse", "facessero", "faceva", "facevamo", "facevano", "facevo",
    "fai", "fanno", "faranno", "farebbe", "farebbero", "farei", "farà", "farò", "fatto",
    "fece", "fecero", "feci", "fino", "fosse", "fossero", "fossi", "fra", "fu", "fui", "fuori",
    "furono", "già", "gli", "ha", "hai", "hanno", "ho", "i", "il", "in", "inoltre", "io", "l",
    "la", "le", "lei", "li", "lo", "loro", "lui", "là", "lì", "ma", "mai", "me", "mentre",
    "mi", "mia", "mie", "miei", "mio", "molta", "molte", "molti", "molto", "ne", "neanche",
    "negl", "negli", "nei", "nel", "nell", "nella", "nelle", "nello", "nemmeno", "nessun",
    "nessuna", "nessuno", "noi", "non", "nostra", "nostre", "nostri", "nostro", "né", "o",
    "ogni", "oppure", "ora", "per", "perché", "però", "più", "poco", "poi", "poiché",
    "possono", "potrebbe", "presso", "prima", "può", "qua", "qualche", "quale", "quando",
    "quanta", "quante", "quanti", "quanto", "quegli", "quei", "quel", "quella", "quelle",
    "quelli", "quello", "questa", "queste", "questi", "questo", "qui", "quindi", "sarai",
    "saranno", "sarebbe", "sarebbero", "sarei", "saremo", "sarete", "sarà", "sarò", "se",
    "sebbene", "sei", "sempre", "senza", "si", "sia", "siamo", "siano", "siete", "solo",
    "sono", "sopra", "sotto", "sta", "stai", "stando", "stanno", "staranno", "starebbe",
    "starebbero", "starei", "starà", "starò", "stata", "state", "stati", "stato", "stava",
    "stavamo", "stavano", "stavo", "stessa", "stesse", "stessero", "stessi", "stesso",
    "stette", "stettero", "stia", "stiamo", "stiano", "sto", "su", "sua", "sue", "sugl",
    "sugli", "sui", "sul", "sull", "sulla", "sulle", "sullo", "suo", "suoi", "sé", "tanta",
    "tante", "tanti", "tanto", "te", "ti", "tra", "troppo", "tu", "tua", "tue", "tuo", "tuoi",
    "tutta", "tutte", "tutti", "tutto", "un", "una", "uno", "ve", "verso", "vi", "vogliono",
    "voi", "vostra", "vostre", "vostri", "vostro", "vuole", "è",
];

/// Lower-case Portuguese stop words (Snowball's list plus infinitives, modal forms,
/// quantifiers and contracted prepositions), sorted for binary search.
const PORTUGUESE: &[&str] = &[
    "a", "agora", "ainda", "algum", "alguma", "algumas", "alguns", "ali", "ao", "aos",
    "apenas", "após", "aquela", "aquelas", "aquele", "aqueles", "aqui", "aquilo", "as",
    "assim", "através", "até", "aí", "cada", "com", "comigo", "como", "consigo", "contigo",
    "contra", "contudo", "cuja", "cujo", "da", "daquela", "daquele", "das", "de", "dela",
    "delas", "dele", "deles", "dentro", "depois", "desde", "dessa", "dessas", "desse",
    "desses", "desta", "destas", "deste", "destes", "deve", "devem", "disse", "disso", "disto",
    "do", "dois", "dos", "durante", "e", "ela", "elas", "ele", "eles", "em", "embora",
    "enquanto", "entre", "então", "era", "eram", "essa", "essas", "esse", "esses", "esta",
    "estamos", "estar", "estas", "estava", "estavam", "este", "esteja", "estejam", "estejamos",
    "estes", "esteve", "estive", "estivemos", "estiver", "estivera", "estiveram", "estiverem",
    "estivermos", "estivesse", "estivessem", "estivéramos", "estivéssemos", "estou", "está",
    "estávamos", "estão", "eu", "foi", "fomos", "for", "fora", "foram", "forem", "formos",
    "fosse", "fossem", "fui", "fôramos", "fôssemos", "haja", "hajam", "hajamos", "havemos",
    "haver", "havia", "hei", "houve", "houvemos", "houver", "houvera", "houveram", "houverei",
    "houverem", "houveremos", "houveria", "houveriam", "houvermos", "houverá", "houverão",
    "houveríamos", "houvesse", "houvessem", "houvéramos", "houvéssemos", "há", "hão", "isso",
    "isto", "jamais", "já", "lhe", "lhes", "lá", "mais", "mas", "me", "menos", "mesma",
    "mesmas", "mesmo", "mesmos", "meu", "meus", "mim", "minha", "minhas", "muita", "muitas",
    "muito", "muitos", "na", "naquela", "naquele", "nas", "nela", "nelas", "nele", "neles",
    "nem", "nenhum", "nenhuma", "nessa", "nessas", "nesse", "nesses", "nesta", "nestas",
    "neste", "nestes", "nisso", "nisto", "no", "nos", "nossa", "nossas", "nosso", "nossos",
    "num", "numa", "nunca", "não", "nós", "o", "onde", "os", "ou", "outra", "outras", "outro",
    "outros", "para", "pela", "pelas", "pelo", "pelos", "perante", "pode", "podem", "poderia",
    "pois", "por", "porque", "porém", "pouco", "quais", "qual", "qualquer", "quando", "que",
    "quem", "se", "segundo", "seja", "sejam", "sejamos", "sem", "sempre", "sendo", "ser",
    "serei", "seremos", "seria", "seriam", "será", "serão", "seríamos", "seu", "seus", "si",
    "sido", "sim", "sob", "sobre", "somos", "sou", "sua", "suas", "são", "só", "também",
    "tanto", "te", "tem", "temos", "tendo", "tenha", "tenham", "tenhamos", "tenho", "ter",
    "terei", "teremos", "teria", "teriam", "terá", "terão", "teríamos", "teu", "teus", "teve",
    "ti", "tido", "tinha", "tinham", "tive", "tivemos", "tiver", "tivera", "tiveram",
    "tiverem", "tivermos", "tivesse", "tivessem", "tivéramos", "tivéssemos", "toda", "todas",
    "todo", "todos", "tu", "tua", "tuas", "tudo", "tão", "têm", "tínhamos", "um", "uma",
    "umas", "uns", "vai", "você", "vocês", "vos", "vão", "à", "às", "é", "éramos",
];

/// Lower-case Dutch stop words (Snowball's list plus the forms of the auxiliaries and modals,
/// pronouns, conjunctions, prepositions and adverbs), sorted for binary search.
const DUTCH: &[&str] = &[
    "aan", "achter", "al", "alle", "alleen", "alles", "als", "altijd", "andere", "beide",
    "beiden", "ben", "bent", "bij", "bijna", "binnen", "boven", "buiten", "daar", "daarbij",
    "daardoor", "daarin", "daarmee", "daarna", "daarom", "daarop", "daarvan", "dan", "dat",
    "de", "deed", "der", "deze", "dezelfde", "die", "diens", "dit", "doch", "doen", "doet",
    "door", "dus", "echter", "een", "eens", "eerst", "elk", "elke", "en", "enkele", "er",
    "erg", "erin", "ervan", "ge", "geen", "gehad", "geweest", "geworden", "haar", "had",
    "hadden", "heb", "hebben", "hebt", "heeft", "heel", "hem", "hen", "het", "hetzelfde",
    "hier", "hierin", "hiervan", "hij", "hoe", "hoewel", "hun", "ieder", "iedere", "iedereen",
    "iemand", "iets", "ik", "in", "is", "ja", "je", "jezelf", "jij", "jou", "jouw", "jullie",
    "kan", "kon", "konden", "kun", "kunnen", "kunt", "langs", "maar", "mag", "me", "meer",
    "meest", "meeste", "men", "met", "mezelf", "mij", "mijn", "minder", "misschien", "mocht",
    "mochten", "moest", "moesten", "moet", "moeten", "mogen", "na", "naar", "naast", "nadat",
    "nee", "nergens", "niemand", "niet", "niets", "noch", "nog", "nogal", "nooit", "nu", "of",
    "om", "omdat", "onder", "ons", "onze", "ooit", "ook", "op", "opnieuw", "over", "pas",
    "per", "reeds", "rond", "sinds", "sommige", "soms", "steeds", "te", "tegen", "tenzij",
    "ter", "terwijl", "tijdens", "toch", "toen", "tot", "totdat", "tussen", "twee", "u", "uit",
    "uw", "vaak", "van", "vanaf", "vanuit", "veel", "via", "volgens", "voor", "voordat",
    "waar", "waardoor", "waarin", "waarmee", "waarom", "waarop", "waarvan", "wanneer", "want",
    "waren", "was", "wat", "we", "weer", "weinig", "wel", "welk", "welke", "wellicht", "werd",
    "werden", "wezen", "wie", "wiens", "wier", "wij", "wil", "wilde", "wilden", "willen",
    "wilt", "word", "worden", "wordt", "zal", "ze", "zeer", "zegt", "zei", "zelf", "zich",
    "zichzelf", "zij", "zijn", "zo", "zoals", "zodat", "zonder", "zou", "zouden", "zowel",
    "zullen", "zult", "één",
];

/// Lower-case Russian stop words (Snowball's list plus inflected pronouns, forms of *быть*,
/// modal words and conjunctions), with both the ё and the е spelling, sorted for binary search.
const RUSSIAN: &[&str] = &[
    "а", "без", "более", "больше", "будем", "будет", "будете", "будешь", "будто", "буду",
    "будут", "бы", "был", "была", "были", "было", "быть", "в", "вам", "вами", "вас", "ваш",
    "ваша", "ваше", "вашего", "вашей", "ваши", "ваших", "вдруг", "ведь", "весь", "вместо",
    "во", "вот", "впрочем", "все", "всегда", "всего", "всей", "всем", "всеми", "всему", "всех",
    "всю", "вся", "всё", "вы", "где", "да", "даже", "два", "для", "до", "должен", "должна",
    "должно", "должны", "другой", "его", "ее", "ей", "ему", "если", "есть", "еще", "ещё", "ею",
    "её", "ж", "же", "за", "зачем", "здесь", "и", "из", "или", "им", "ими", "иногда", "их",
    "к", "как", "какая", "какие", "каким", "каких", "какое", "какой", "какую", "кем", "ко",
    "когда", "кого", "ком", "кому", "конечно", "которая", "которого", "которое", "которой",
    "котором", "которому", "которую", "которые", "который", "которым", "которыми", "которых",
    "кроме", "кто", "куда", "ли", "либо", "лишь", "лучше", "мало", "между", "менее", "меня",
    "мне", "много", "мной", "мною", "мог", "могла", "могли", "могло", "могут", "мое", "моего",
    "моей", "моему", "может", "можно", "мои", "моих", "мой", "мою", "моя", "моё", "мы", "на",
    "над", "надо", "наконец", "нам", "нами", "нас", "наш", "наша", "наше", "нашего", "нашей",
    "наши", "наших", "не", "него", "нее", "ней", "нельзя", "нем", "нему", "несколько", "нет",
    "нею", "неё", "ни", "нибудь", "никогда", "никто", "ним", "них", "ничего", "ничто", "но",
    "ну", "нужно", "нём", "о", "об", "обо", "один", "однако", "около", "он", "она", "они",
    "оно", "опять", "от", "откуда", "очень", "перед", "по", "под", "пока", "после", "потом",
    "потому", "почему", "почти", "поэтому", "при", "про", "против", "раз", "разве", "с", "сам",
    "сама", "сами", "само", "свое", "своего", "своей", "свои", "своим", "своих", "свой",
    "свою", "своя", "своё", "себе", "себя", "сейчас", "сказал", "сказала", "снова", "со",
    "собой", "совсем", "среди", "та", "так", "также", "такой", "там", "твое", "твои", "твой",
    "твоя", "твоё", "те", "тебе", "тебя", "тем", "теми", "теперь", "тех", "то", "тобой",
    "тогда", "того", "тоже", "той", "только", "том", "тому", "тот", "три", "ту", "тут", "ты",
    "у", "уж", "уже", "хорошо", "хоть", "хотя", "чего", "чем", "чему", "через", "что", "чтоб",
    "чтобы", "чуть", "чём", "эта", "эти", "этим", "этими", "этих", "это", "этого", "этой",
    "этом", "этому", "этот", "эту", "я", "является", "являются",
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
    // Asked for nearly every word of a text, several times: a hash set, built on
    // first use, answers with one hash and one comparison instead of a binary search.
    static SETS: [OnceLock<HashSet<&str>>; 8] = [const { OnceLock::new() }; 8];
    let Some(slot) = Language::ALL.iter().position(|&l| l == language).and_then(|i| SETS.get(i)) else {
        return false;
    };
    slot.get_or_init(|| table(language).iter().copied().collect()).contains(word)
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
        let languages = Language::ALL.iter().chain([&Language::Other]);
        let tables = languages.map(|&l| (format!("{l:?}"), table(l)));
        for (name, table) in tables.chain([("connectors".to_string(), CONNECTORS)]) {
            if let Some(w) = table.windows(2).find(|w| w[0] >= w[1]) {
                panic!("{name}: {:?} before {:?}: not sorted or a duplicate", w[0], w[1]);
            }
            if let Some(w) = table.iter().find(|w| **w != w.to_lowercase()) {
                panic!("{name}: {w:?} is not lower case");
            }
        }
        assert!(CONNECTORS.iter().all(|w| is_stop_word(Language::English, w)));
    }

    /// Asserts that `stop` are stop words of `language` and `content` are not.
    fn check(language: Language, stop: &[&str], content: [&str; 2]) {
        for word in stop {
            assert!(is_stop_word(language, word), "{language:?}: {word} should be a stop word");
        }
        for word in content {
            assert!(!is_stop_word(language, word), "{language:?}: {word} is a content word");
        }
    }

    #[test]
    fn french_stop_words() {
        check(Language::French, &["les", "été", "dans", "très", "qu"], ["pont", "conseil"]);
    }

    #[test]
    fn german_stop_words() {
        check(Language::German, &["nicht", "über", "werden", "dass", "müssen"], ["brücke", "rat"]);
    }

    #[test]
    fn spanish_stop_words() {
        check(Language::Spanish, &["más", "los", "está", "muy", "hubiera"], ["puente", "consejo"]);
    }

    #[test]
    fn italian_stop_words() {
        let stop = ["della", "è", "sono", "molto", "perché"];
        check(Language::Italian, &stop, ["ponte", "consiglio"]);
    }

    #[test]
    fn portuguese_stop_words() {
        check(Language::Portuguese, &["não", "uma", "é", "muito", "pelo"], ["ponte", "conselho"]);
    }

    #[test]
    fn dutch_stop_words() {
        check(Language::Dutch, &["niet", "het", "zijn", "één", "zeer"], ["brug", "raad"]);
    }

    #[test]
    fn russian_stop_words() {
        check(Language::Russian, &["это", "не", "всё", "все", "очень"], ["мост", "совет"]);
    }

    #[test]
    fn languages_without_tables_have_no_stop_words() {
        for language in [Language::Chinese, Language::Japanese, Language::Other] {
            assert!(table(language).is_empty(), "{language:?}");
        }
    }

    #[test]
    fn recognises_stop_words() {
        assert!(is_stop_word(Language::English, "the"));
        assert!(is_stop_word(Language::English, "how"));
        assert!(!is_stop_word(Language::English, "pentagon"));
    }
}
