"""sumy 0.11's extractive summarizers on précis's sentences, for npm run bench:quality.

usage: sumy_summaries.py IN.jsonl OUT.jsonl

IN has one {"id", "lang", "k", "sentences": [...]} a document: the sentences précis's
splitter finds, so that every system, LEAD-k included, chooses among the same units and
only the choosing is compared. OUT gets one {"id", "<method>": [indices, in document
order], ...} a document, for Luhn, LSA, LexRank and TextRank with sumy's defaults, its
Snowball stemmer and the stop words of the document's language, one process a core.
Words are runs of word characters (NLTK's Punkt data, which sumy's own tokenizer needs,
cannot be downloaded here). A method that fails on a document (LSA on a text without content words)
gets an empty list there. SumBasic is left out: sumy 0.11's raises KeyError on meetings
(its word frequencies and its sentences' words are normalised differently).
"""
import json
import multiprocessing
import re
import sys
import warnings

from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

LANGUAGES = {"en": "english", "fr": "french", "de": "german"}
METHODS = {
    "luhn": LuhnSummarizer,
    "lsa": LsaSummarizer,
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
}


class WordTokenizer:
    """Words are runs of word characters; sentences come already split."""

    def __init__(self, language):
        self.language = language

    def to_words(self, sentence):
        return re.findall(r"\w+", sentence)


def summarizers(language):
    """Every method, set up for `language` (a sumy language name)."""
    stemmer, stop_words = Stemmer(language), get_stop_words(language)
    out = {}
    for name, method in METHODS.items():
        summarizer = method(stemmer)
        summarizer.stop_words = stop_words
        out[name] = summarizer
    return out


def choose(summarizer, sentences, k):
    """The indices of the `k` sentences `summarizer` picks, in document order."""
    document = ObjectDocumentModel([Paragraph(sentences)])
    index = {id(sentence): i for i, sentence in enumerate(sentences)}
    try:
        return sorted(index[id(sentence)] for sentence in summarizer(document, k))
    except (ValueError, ZeroDivisionError, IndexError):
        return []


SUMMARIZERS = {}


def summarize(line):
    """One record's picks, as a line of OUT."""
    record = json.loads(line)
    language = LANGUAGES.get(record["lang"], "english")
    if language not in SUMMARIZERS:
        SUMMARIZERS[language] = summarizers(language)
    tokenizer = WordTokenizer(language)
    sentences = [Sentence(text, tokenizer) for text in record["sentences"]]
    picks = {name: choose(s, sentences, record["k"]) for name, s in SUMMARIZERS[language].items()}
    return json.dumps({"id": record["id"], **picks}) + "\n"


def main():
    warnings.simplefilter("ignore")  # LSA warns on every transcript: fewer words than sentences
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as records:
        lines = [line for line in records if line.strip()]
    with multiprocessing.Pool() as pool, open(target, "w", encoding="utf-8") as out:
        out.writelines(pool.imap(summarize, lines))


if __name__ == "__main__":
    main()
