"""gloss_variants.py VARIANT SETS...: the unseen sets' English questions (answerable and not) with the glossary
rebuilt from each index's vocabulary under a variant of its rules; retrieval R@1/R@5 of the gold answer and
answers right (fast_probe's judge). VARIANT: comma list of
  base     the shipped rules
  sth      placeholder words dropped from dictionary keys ("apply for sth" -> "apply for")
  union    a phrase's senses are those of all its inflected forms, not the first form found
  primary  senses ranked by where the English comes in the word's definitions (primary sense first), not by length
"""
import glob, json, os, sys, re
from pathlib import Path
sys.path.insert(0, "experiments/2026-12-05-s24")
from probe import judged
variant = set(sys.argv[1].split(","))
from qa.search import glossary as G
from qa.config import Settings
from qa.service import Service
from qa.ingest import to_simplified

_PLACEHOLDER = re.compile(r"\b(?:sth|sb|etc|oneself|something|someone|somebody)\b")
orig_keys = G.gloss_keys
def gloss_keys(definition):
    keys = orig_keys(definition)
    if "sth" in variant:
        keys = [re.sub(r" +", " ", _PLACEHOLDER.sub(" ", k)).strip() for k in keys]
        keys = [k for k in keys if k]
    return keys
G.gloss_keys = gloss_keys
entries = list(G.cedict_entries())
glossed = G._glossed(entries)
position = {}
for word, keys, names in glossed:
    for i, k in enumerate(keys):
        position.setdefault((word, k), i)
    for n in names:
        position.setdefault((word, n), 0)

def build(vocabulary):
    g = G.Glossary.build(vocabulary, entries=None) if False else None
    from collections import defaultdict
    from pypinyin import lazy_pinyin
    senses = defaultdict(set)
    known = {key for _, keys, _ in glossed for key in keys if " " not in key}
    for word, keys, names in glossed:
        if len(word) >= 2 and G._in_corpus(word, vocabulary):
            for key in (*keys, *(n for n in names if n not in known)):
                senses[key].add(word)
    for english, words in G.DOMAIN_TERMS.items():
        senses[english].update(w for w in words if G._in_corpus(w, vocabulary))
    pinyin = defaultdict(set)
    for word in vocabulary:
        if len(word) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in word):
            pinyin["".join(lazy_pinyin(word))].add(word)
    def ranked(key, words):
        if "primary" in variant:
            return tuple(sorted(words, key=lambda w: (position.get((w, key), 0), -len(w), w)))
        return G._ranked(words)
    return G.Glossary({k: ranked(k, v) for k, v in senses.items() if v},
                      {k: G._ranked(v) for k, v in pinyin.items() if len(k) >= G._MIN_PINYIN}, frozenset(known))

orig_lookup = G.Glossary._lookup
def lookup(self, words):
    if "union" not in variant:
        return orig_lookup(self, words)
    words = [G._american(w) for w in words]
    phrase = " ".join(words)
    keys = (phrase, G._plural(phrase), *(" ".join([*words[:-1], base]) for base in G._bases(words[-1])))
    found = tuple(dict.fromkeys(w for key in keys for w in self._senses.get(key, ())))
    by_sound = self._pinyin.get("".join(words))
    return tuple(dict.fromkeys(found + (by_sound or ())))[:G._MAX_SENSES]
G.Glossary._lookup = lookup

r1 = r5 = n_ret = right = n = 0
log = open(f"/tmp/s39_gv_{sys.argv[1].replace(',', '_')}.log", "w")
for setn in sys.argv[2:]:
    folder = Path(sorted(glob.glob(f"experiments/*/unseen{setn}"))[0]) if setn not in ("1", "2", "3") else Path(f"experiments/2026-12-05-s24/unseen{setn}")
    os.environ.update({"QA_CORPUS_DIR": f"/tmp/s33/idx/unseen{setn}/corpus", "QA_INDEX_DIR": f"/tmp/s33/idx/unseen{setn}/index"})
    s = Service.load(Settings.from_env())
    glossary = build(s.retriever.index.keyword.vocabulary())
    s.retriever.glossary = glossary
    s.retriever.index._glossary = glossary
    for line in (folder / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip(): continue
        q = json.loads(line)
        if not q["kind"].startswith("english") and not re.search("[A-Za-z]{3}", q["question"]): continue
        if q["answer"]:
            hits = s.retriever.search(q["question"], k=5)
            gold = to_simplified(q["answer"])
            at = next((i for i, h in enumerate(hits) if gold in to_simplified(h.chunk.text)), None)
            n_ret += 1; r1 += at == 0; r5 += at is not None
        a = s.ask(q["question"])
        ok, _ = judged(q["answer"], a)
        right += ok; n += 1
        print("ok " if ok else "BAD", q["id"], q["kind"], q["question"][:90], "|", a.short_answer, file=log)
print(sys.argv[1], "retrieval n", n_ret, "R@1 %.1f R@5 %.1f" % (100 * r1 / n_ret, 100 * r5 / n_ret), "| answers right", right, "/", n)
