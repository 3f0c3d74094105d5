from qa.search import glossary as G
from qa.search.domain_terms import DOMAIN_TERMS

def names_render(self, text, passages=""):
    """Render only capitalised phrases (names, titles) and domain terms; other English stays (lower case)."""
    low, said = G._lowered(text), G._lowered(passages)
    rendered = {
        start: (end, next((w for w in chinese if w in passages), chinese[0]))
        for start, end, phrase, chinese in self._phrases(low)
        if chinese and not G._says(said, low[start:end]) and (text[start].isupper() or phrase in DOMAIN_TERMS)
    }
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
