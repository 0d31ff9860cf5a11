"""sumy's LexRank on one file, for npm run bench:speed: prints the seconds spent
parsing and summarizing (the process's wall time, start-up included, is measured by
the caller). NLTK's Punkt data cannot be downloaded here, so sentences and words come
from a small regular-expression tokenizer with sumy's own interface."""
import re
import sys
import time

from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words


class RegexTokenizer:
    """Sentences end at . ! ? followed by space; words are runs of word characters."""

    language = "english"

    def to_sentences(self, paragraph):
        return [s for s in re.split(r"(?<=[.!?])\s+", paragraph) if s.strip()]

    def to_words(self, sentence):
        return re.findall(r"\w+", sentence)


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    started = time.perf_counter()
    parser = PlaintextParser.from_string(text, RegexTokenizer())
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    summary = summarizer(parser.document, 5)
    assert len(summary) == 5
    print(time.perf_counter() - started)


main()
