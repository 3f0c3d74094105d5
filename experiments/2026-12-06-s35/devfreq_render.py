from qa.search import glossary as G

def freq_render(self, text, passages=""):
    low, said = G._lowered(text), G._lowered(passages)
    def pick(chinese):
        counts = [passages.count(w) for w in chinese]
        best = max(range(len(chinese)), key=lambda i: (counts[i], -i))
        return chinese[best] if counts[best] else chinese[0]
    rendered = {start: (end, pick(chinese)) for start, end, _, chinese in self._phrases(low) if chinese and not G._says(said, low[start:end])}
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

