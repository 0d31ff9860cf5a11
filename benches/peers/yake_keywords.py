"""YAKE 0.7.3 keyphrases for npm run bench:keywords, every set in one process.

usage: yake_keywords.py OUT_DIR NAME=GOLD.jsonl [NAME=GOLD.jsonl ...]

For each gold file (one document a line, {"id", "lang", "text", ...}) writes
OUT_DIR/NAME.yake.jsonl, one {"id", "keyphrases": [...]} a document, best first: YAKE's
default settings with n=3 and top=10 in the record's language (the data README's row).
"""
import json
import sys

import yake


def main():
    out_dir = sys.argv[1]
    extractors = {}
    for arg in sys.argv[2:]:
        name, gold = arg.split("=", 1)
        with open(gold, encoding="utf-8") as source, open(f"{out_dir}/{name}.yake.jsonl", "w", encoding="utf-8") as out:
            for line in source:
                if not line.strip():
                    continue
                record = json.loads(line)
                lang = record.get("lang") or "en"
                if lang not in extractors:
                    extractors[lang] = yake.KeywordExtractor(lan=lang, n=3, top=10)
                phrases = [k for k, _ in extractors[lang].extract_keywords(record["text"])]
                out.write(json.dumps({"id": record["id"], "keyphrases": phrases}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
