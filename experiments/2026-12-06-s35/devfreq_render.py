"""Variants of `Glossary.render` for the session 35 measurements (run from the repository root)."""
from qa.search import glossary as G
from qa.search.domain_terms import DOMAIN_TERMS


def _render(self, text, passages, pick, keep=lambda text, start, phrase: True):
    """`Glossary.render` with the sense chosen by `pick(senses, passages)`, for phrases `keep` admits."""
    low, said = G._lowered(text), G._lowered(passages)
    rendered = {start: (end, pick(chinese, passages)) for start, end, phrase, chinese in self._phrases(low)
                if chinese and not G._says(said, low[start:end]) and keep(text, start, phrase)}
    parts, last = [], 0
    for token in G._TOKEN.finditer(low):
        start, end = token.span()
        if start < last: continue
        parts.append(text[last:start])
        if start in rendered:
            end, word = rendered[start]; parts.append(word); end += 2 if text[end:end+2] in ("'s", "’s") else 0
        else:
            parts.append(text[start:end] if G._says(said, token.group()) else token.group())
        last = end
    return "".join([*parts, text[last:]])


def _said_first(chinese, passages):
    return next((w for w in chinese if w in passages), chinese[0])


def _said_most(chinese, passages):
    counts = [passages.count(w) for w in chinese]
    return chinese[counts.index(max(counts))]


def freq_render(self, text, passages=""):
    """The sense the passages say most often (the first on a tie or when none is said)."""
    return _render(self, text, passages, _said_most)


def names_render(self, text, passages=""):
    """Only capitalised phrases (names, titles) and domain terms rendered; other English stays (lower case)."""
    return _render(self, text, passages, _said_first, lambda text, start, phrase: text[start].isupper() or phrase in DOMAIN_TERMS)
