//! ROUGE-1, ROUGE-2 and ROUGE-Lsum F1, computed exactly as Google's `rouge-score` 0.1.2
//! does with `RougeScorer(['rouge1', 'rouge2', 'rougeLsum'], use_stemmer=True)`.
//!
//! Shared by `benches/quality.rs` and `tests/rouge_fixtures.rs` (which checks it against
//! scores that the Python package produced).

use std::collections::{HashMap, HashSet};

/// How a text becomes the tokens that ROUGE compares.
#[derive(Clone, Copy, Debug)]
pub enum Tokenizer {
    /// rouge-score's default tokenizer with its stemmer: lower-case, every run of chars
    /// outside `[a-z0-9]` separates tokens, tokens longer than 3 chars are Porter-stemmed.
    EnglishPorter,
    /// Lower-cased runs of Unicode word chars (Python's `\w+`: letters, digits,
    /// underscore), no stemming; for languages other than English.
    UnicodeWords,
}

impl Tokenizer {
    /// The tokens of `text`, in order.
    pub fn tokenize(self, text: &str) -> Vec<String> {
        let lower = text.to_lowercase();
        match self {
            Tokenizer::EnglishPorter => lower
                .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
                .map(|token| if token.len() > 3 { porter::stem(token) } else { token.to_string() })
                .filter(|token| !token.is_empty())
                .collect(),
            Tokenizer::UnicodeWords => lower
                .split(|c: char| !is_python_word_char(c))
                .filter(|token| !token.is_empty())
                .map(str::to_string)
                .collect(),
        }
    }
}

/// Whether Python's `re` counts `c` as a `\w` char. Python uses `str.isalnum()` (letters
/// and numbers) plus `_`; Rust's `is_alphanumeric` agrees on everything but a few
/// combining marks outside Latin scripts, which the evaluation sets do not contain.
fn is_python_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// F1 scores (0 to 1) of a candidate summary against a reference.
#[derive(Clone, Copy, Debug)]
pub struct RougeScores {
    /// Unigram overlap F1.
    pub rouge1: f64,
    /// Bigram overlap F1.
    pub rouge2: f64,
    /// Summary-level union-LCS F1 over the `\n`-separated sentences of both texts.
    pub rouge_lsum: f64,
}

/// Scores `candidate` against `reference`; both put one sentence a line for ROUGE-Lsum.
pub fn score(reference: &str, candidate: &str, tokenizer: Tokenizer) -> RougeScores {
    let reference_tokens = tokenizer.tokenize(reference);
    let candidate_tokens = tokenizer.tokenize(candidate);
    RougeScores {
        rouge1: rouge_n(&reference_tokens, &candidate_tokens, 1),
        rouge2: rouge_n(&reference_tokens, &candidate_tokens, 2),
        rouge_lsum: summary_level_lcs(&tokenize_lines(reference, tokenizer), &tokenize_lines(candidate, tokenizer)),
    }
}

/// The harmonic mean of precision and recall, 0 when both are 0.
fn f_measure(precision: f64, recall: f64) -> f64 {
    if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    }
}

/// How often each n-gram of `tokens` occurs.
fn ngram_counts(tokens: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut counts = HashMap::new();
    for ngram in tokens.windows(n) {
        *counts.entry(ngram).or_insert(0) += 1;
    }
    counts
}

/// ROUGE-N F1: n-gram overlap, each n-gram counted at most as often as it occurs in
/// the other text.
fn rouge_n(reference: &[String], candidate: &[String], n: usize) -> f64 {
    let reference_counts = ngram_counts(reference, n);
    let candidate_counts = ngram_counts(candidate, n);
    let overlap: usize = reference_counts
        .iter()
        .map(|(ngram, &count)| count.min(candidate_counts.get(ngram).copied().unwrap_or(0)))
        .sum();
    let reference_total: usize = reference_counts.values().sum();
    let candidate_total: usize = candidate_counts.values().sum();
    let precision = overlap as f64 / candidate_total.max(1) as f64;
    let recall = overlap as f64 / reference_total.max(1) as f64;
    f_measure(precision, recall)
}

/// The tokens of each non-empty `\n`-separated line (a line of only punctuation gives
/// an empty list, as in rouge-score).
fn tokenize_lines(text: &str, tokenizer: Tokenizer) -> Vec<Vec<String>> {
    text.split('\n').filter(|line| !line.is_empty()).map(|line| tokenizer.tokenize(line)).collect()
}

/// ROUGE-Lsum F1 (rouge-score's `_summary_level_lcs`): for each reference sentence, the
/// union of its tokens on a longest common subsequence with each candidate sentence;
/// a token counts as a hit only while both texts still have an unmatched occurrence.
fn summary_level_lcs(reference: &[Vec<String>], candidate: &[Vec<String>]) -> f64 {
    let reference_length: usize = reference.iter().map(Vec::len).sum();
    let candidate_length: usize = candidate.iter().map(Vec::len).sum();
    if reference_length == 0 || candidate_length == 0 {
        return 0.0;
    }
    let mut reference_left = token_counts(reference);
    let mut candidate_left = token_counts(candidate);
    let mut hits = 0usize;
    for reference_sentence in reference {
        for token in union_lcs(reference_sentence, candidate) {
            if let (Some(in_reference), Some(in_candidate)) =
                (reference_left.get_mut(token), candidate_left.get_mut(token))
            {
                if *in_reference > 0 && *in_candidate > 0 {
                    hits += 1;
                    *in_reference -= 1;
                    *in_candidate -= 1;
                }
            }
        }
    }
    let recall = hits as f64 / reference_length as f64;
    let precision = hits as f64 / candidate_length as f64;
    f_measure(precision, recall)
}

/// How often each token occurs across all sentences.
fn token_counts(sentences: &[Vec<String>]) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for token in sentences.iter().flatten() {
        *counts.entry(token.as_str()).or_insert(0) += 1;
    }
    counts
}

/// The tokens of `reference` that lie on the LCS with at least one candidate sentence,
/// in reference order.
fn union_lcs<'a>(reference: &'a [String], candidates: &[Vec<String>]) -> Vec<&'a str> {
    let positions: HashSet<usize> =
        candidates.iter().flat_map(|candidate| lcs_positions(reference, candidate)).collect();
    let mut positions: Vec<usize> = positions.into_iter().collect();
    positions.sort_unstable();
    positions.into_iter().map(|i| reference[i].as_str()).collect()
}

/// Positions in `reference` of one longest common subsequence with `candidate`, read
/// back from the DP table with rouge-score's tie-breaking (`_backtrack_norec`).
fn lcs_positions(reference: &[String], candidate: &[String]) -> Vec<usize> {
    let columns = candidate.len() + 1;
    let mut table = vec![0usize; (reference.len() + 1) * columns];
    for i in 1..=reference.len() {
        for j in 1..=candidate.len() {
            table[i * columns + j] = if reference[i - 1] == candidate[j - 1] {
                table[(i - 1) * columns + j - 1] + 1
            } else {
                table[(i - 1) * columns + j].max(table[i * columns + j - 1])
            };
        }
    }
    let (mut i, mut j) = (reference.len(), candidate.len());
    let mut positions = Vec::new();
    while i > 0 && j > 0 {
        if reference[i - 1] == candidate[j - 1] {
            positions.push(i - 1);
            i -= 1;
            j -= 1;
        } else if table[i * columns + j - 1] > table[(i - 1) * columns + j] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
    positions.reverse();
    positions
}

/// NLTK's `PorterStemmer()` in its default mode, `NLTK_EXTENSIONS` (nltk/stem/porter.py):
/// Porter's 1980 algorithm with Martin Porter's later changes and NLTK's own, such as
/// the irregular-forms table, `ies`/`ied` on 4-letter words (`dies` → `die`), `y` → `i`
/// only after a consonant, `alli` handled first in step 2, `fulli` and `logi` rules,
/// and the `*o` condition also holding for a 2-letter vowel-consonant stem.
pub mod porter {
    /// A word being stemmed, one element per char (NLTK indexes Python chars).
    type Word = Vec<char>;

    /// A suffix rule: suffix, replacement, and the condition the stem left after
    /// removing the suffix must meet.
    type Rule = (&'static str, &'static str, fn(&[char]) -> bool);

    /// Words NLTK maps straight to a fixed stem, bypassing the algorithm.
    const IRREGULAR_FORMS: [(&str, &str); 16] = [
        ("sky", "sky"),
        ("skies", "sky"),
        ("dying", "die"),
        ("lying", "lie"),
        ("tying", "tie"),
        ("news", "news"),
        ("innings", "inning"),
        ("inning", "inning"),
        ("outings", "outing"),
        ("outing", "outing"),
        ("cannings", "canning"),
        ("canning", "canning"),
        ("howe", "howe"),
        ("proceed", "proceed"),
        ("exceed", "exceed"),
        ("succeed", "succeed"),
    ];

    /// The stem of `word`, as `nltk.stem.porter.PorterStemmer().stem(word)` returns it.
    pub fn stem(word: &str) -> String {
        let lower = word.to_lowercase();
        if let Some(&(_, irregular_stem)) = IRREGULAR_FORMS.iter().find(|&&(form, _)| form == lower) {
            return irregular_stem.to_string();
        }
        // NLTK measures the length of the word as given, before lower-casing.
        if word.chars().count() <= 2 {
            return lower;
        }
        let mut stemmed: Word = lower.chars().collect();
        for step in [step1a, step1b, step1c, step2, step3, step4, step5a, step5b] {
            stemmed = step(stemmed);
        }
        stemmed.into_iter().collect()
    }

    /// Whether `word[i]` is a consonant: not a, e, i, o, u, and not a `y` after a consonant.
    fn is_consonant(word: &[char], i: usize) -> bool {
        match word[i] {
            'a' | 'e' | 'i' | 'o' | 'u' => false,
            'y' => i == 0 || !is_consonant(word, i - 1),
            _ => true,
        }
    }

    /// Porter's measure m: the number of vowel-consonant sequences in `stem`.
    fn measure(stem: &[char]) -> usize {
        (1..stem.len()).filter(|&i| !is_consonant(stem, i - 1) && is_consonant(stem, i)).count()
    }

    /// Condition m > 0.
    fn positive_measure(stem: &[char]) -> bool {
        measure(stem) > 0
    }

    /// Condition m > 1.
    fn measure_above_one(stem: &[char]) -> bool {
        measure(stem) > 1
    }

    /// No condition.
    fn always(_: &[char]) -> bool {
        true
    }

    /// Whether `stem` contains a vowel (condition *v*).
    fn contains_vowel(stem: &[char]) -> bool {
        (0..stem.len()).any(|i| !is_consonant(stem, i))
    }

    /// Whether `word` ends with a double consonant (condition *d).
    fn ends_double_consonant(word: &[char]) -> bool {
        let n = word.len();
        n >= 2 && word[n - 1] == word[n - 2] && is_consonant(word, n - 1)
    }

    /// Condition *o: `word` ends consonant-vowel-consonant, the last not w, x or y; in
    /// NLTK's mode also a 2-letter word vowel-consonant.
    fn ends_cvc(word: &[char]) -> bool {
        let n = word.len();
        (n >= 3
            && is_consonant(word, n - 3)
            && !is_consonant(word, n - 2)
            && is_consonant(word, n - 1)
            && !matches!(word[n - 1], 'w' | 'x' | 'y'))
            || (n == 2 && !is_consonant(word, 0) && is_consonant(word, 1))
    }

    /// Whether `word` ends with the ASCII `suffix`.
    fn ends_with(word: &[char], suffix: &str) -> bool {
        word.len() >= suffix.len() && word[word.len() - suffix.len()..].iter().copied().eq(suffix.chars())
    }

    /// `word` without its last `count` chars, followed by `replacement`.
    fn replace_end(word: &[char], count: usize, replacement: &str) -> Word {
        word[..word.len() - count].iter().copied().chain(replacement.chars()).collect()
    }

    /// NLTK's `_apply_rule_list`: the first rule whose suffix `word` ends with decides;
    /// if the stem fails its condition, `word` is returned unchanged.
    fn apply_rules(word: Word, rules: &[Rule]) -> Word {
        for &(suffix, replacement, condition) in rules {
            if ends_with(&word, suffix) {
                let stem = &word[..word.len() - suffix.len()];
                return if condition(stem) { replace_end(&word, suffix.len(), replacement) } else { word };
            }
        }
        word
    }

    /// Step 1a: plurals (`caresses` → `caress`, `ponies` → `poni`, `ties` → `tie`).
    fn step1a(word: Word) -> Word {
        if ends_with(&word, "ies") && word.len() == 4 {
            return replace_end(&word, 3, "ie");
        }
        apply_rules(word, &[("sses", "ss", always), ("ies", "i", always), ("ss", "ss", always), ("s", "", always)])
    }

    /// Step 1b: `-eed`, `-ed`, `-ing`, then tidying of the stem left (`hopping` → `hop`,
    /// `filing` → `file`, `spied` → `spi`, `died` → `die`).
    fn step1b(word: Word) -> Word {
        if ends_with(&word, "ied") {
            return replace_end(&word, 3, if word.len() == 4 { "ie" } else { "i" });
        }
        if ends_with(&word, "eed") {
            return if positive_measure(&word[..word.len() - 3]) { replace_end(&word, 1, "") } else { word };
        }
        let Some(suffix) = ["ed", "ing"]
            .into_iter()
            .find(|suffix| ends_with(&word, suffix) && contains_vowel(&word[..word.len() - suffix.len()]))
        else {
            return word;
        };
        let stem = replace_end(&word, suffix.len(), "");
        if ends_with(&stem, "at") || ends_with(&stem, "bl") || ends_with(&stem, "iz") {
            replace_end(&stem, 0, "e")
        } else if ends_double_consonant(&stem) {
            if matches!(stem[stem.len() - 1], 'l' | 's' | 'z') {
                stem
            } else {
                replace_end(&stem, 1, "")
            }
        } else if measure(&stem) == 1 && ends_cvc(&stem) {
            replace_end(&stem, 0, "e")
        } else {
            stem
        }
    }

    /// Step 1c: final `y` → `i` after a consonant that is not the whole stem
    /// (`happy` → `happi`, `enjoy` stays).
    fn step1c(word: Word) -> Word {
        /// NLTK's condition: the stem is longer than one char and ends with a consonant.
        fn after_consonant(stem: &[char]) -> bool {
            stem.len() > 1 && is_consonant(stem, stem.len() - 1)
        }
        apply_rules(word, &[("y", "i", after_consonant)])
    }

    /// Step 2: double suffixes to single ones (`relational` → `relate`).
    fn step2(word: Word) -> Word {
        /// The `logi` → `log` condition: m > 0 for the stem with the `l` kept.
        fn with_l_positive_measure(stem: &[char]) -> bool {
            positive_measure(&replace_end(stem, 0, "l"))
        }
        // NLTK tries `alli` → `al` first and, when it applies, runs step 2 again.
        if ends_with(&word, "alli") && positive_measure(&word[..word.len() - 4]) {
            return step2(replace_end(&word, 4, "al"));
        }
        apply_rules(
            word,
            &[
                ("ational", "ate", positive_measure),
                ("tional", "tion", positive_measure),
                ("enci", "ence", positive_measure),
                ("anci", "ance", positive_measure),
                ("izer", "ize", positive_measure),
                ("bli", "ble", positive_measure),
                ("alli", "al", positive_measure),
                ("entli", "ent", positive_measure),
                ("eli", "e", positive_measure),
                ("ousli", "ous", positive_measure),
                ("ization", "ize", positive_measure),
                ("ation", "ate", positive_measure),
                ("ator", "ate", positive_measure),
                ("alism", "al", positive_measure),
                ("iveness", "ive", positive_measure),
                ("fulness", "ful", positive_measure),
                ("ousness", "ous", positive_measure),
                ("aliti", "al", positive_measure),
                ("iviti", "ive", positive_measure),
                ("biliti", "ble", positive_measure),
                ("fulli", "ful", positive_measure),
                ("logi", "log", with_l_positive_measure),
            ],
        )
    }

    /// Step 3: `-icate`, `-ative`, `-alize`, `-iciti`, `-ical`, `-ful`, `-ness`.
    fn step3(word: Word) -> Word {
        apply_rules(
            word,
            &[
                ("icate", "ic", positive_measure),
                ("ative", "", positive_measure),
                ("alize", "al", positive_measure),
                ("iciti", "ic", positive_measure),
                ("ical", "ic", positive_measure),
                ("ful", "", positive_measure),
                ("ness", "", positive_measure),
            ],
        )
    }

    /// Step 4: drops a final suffix when m > 1 (`adjustment` → `adjust`).
    fn step4(word: Word) -> Word {
        /// The `ion` condition: m > 1 and the stem ends with `s` or `t`.
        fn ion_stem(stem: &[char]) -> bool {
            measure(stem) > 1 && matches!(stem.last(), Some('s' | 't'))
        }
        apply_rules(
            word,
            &[
                ("al", "", measure_above_one),
                ("ance", "", measure_above_one),
                ("ence", "", measure_above_one),
                ("er", "", measure_above_one),
                ("ic", "", measure_above_one),
                ("able", "", measure_above_one),
                ("ible", "", measure_above_one),
                ("ant", "", measure_above_one),
                ("ement", "", measure_above_one),
                ("ment", "", measure_above_one),
                ("ent", "", measure_above_one),
                ("ion", "", ion_stem),
                ("ou", "", measure_above_one),
                ("ism", "", measure_above_one),
                ("ate", "", measure_above_one),
                ("iti", "", measure_above_one),
                ("ous", "", measure_above_one),
                ("ive", "", measure_above_one),
                ("ize", "", measure_above_one),
            ],
        )
    }

    /// Step 5a: drops a final `e` when m > 1, or m = 1 and the stem does not end cvc
    /// (`probate` → `probat`, `cease` → `ceas`, `rate` stays).
    fn step5a(word: Word) -> Word {
        if ends_with(&word, "e") {
            let stem = &word[..word.len() - 1];
            let m = measure(stem);
            if m > 1 || (m == 1 && !ends_cvc(stem)) {
                return stem.to_vec();
            }
        }
        word
    }

    /// Step 5b: `-ll` → `-l` when m > 1 (`controll` → `control`, `roll` stays).
    fn step5b(word: Word) -> Word {
        /// m > 1 for the word without its last `l`.
        fn with_l_measure_above_one(stem: &[char]) -> bool {
            measure_above_one(&replace_end(stem, 0, "l"))
        }
        apply_rules(word, &[("ll", "l", with_l_measure_above_one)])
    }
}
