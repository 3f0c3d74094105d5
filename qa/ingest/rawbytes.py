"""Raw file bytes: what they are (magic numbers) and, for text files, which encoding they are in.

Chinese text files come in UTF-8, GB18030/GBK or Big5; the encoding is detected
(charset-normalizer, checked against everyday-character frequencies), never
guessed by trying decoders until one does not fail.
"""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from qa.errors import DocumentError

#: Encodings a Chinese text file may be in besides UTF-8, most common first.
_LEGACY_ENCODINGS = ("gb18030", "big5", "cp950")
#: charset-normalizer's guess stands when the runner-up is this much more chaotic.
_CLEAR_MARGIN = 0.05

#: Magic numbers, to name what a file really is when its extension says otherwise.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file"),
    (b"{\\rtf", "an RTF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)


def sniff(data: bytes) -> str | None:
    """What the bytes are by their magic number, or None for anything else (text, HTML)."""
    return next((name for magic, name in _MAGIC if data.startswith(magic)), None)


def decode(path: Path, data: bytes) -> str:
    """Text bytes as str: UTF-8 (BOM or not) or BOM-marked UTF-16, else GB18030/GBK or Big5.

    UTF-8 comes first because valid UTF-8 is almost never anything else. The
    legacy candidates are the encodings that decode the bytes without error;
    charset-normalizer ranks them, but it mislabels short Chinese text (a
    GB18030 line read as Big5 is still "clean"), so an unclear ranking is
    settled by which decoding reads as everyday Chinese.
    """
    kind = sniff(data)
    if kind:
        raise DocumentError(path, f"is {kind}, not a text file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's "Unicode": UTF-16 with a byte-order mark
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(path, "not valid UTF-16 text (after a UTF-16 byte-order mark)") from exc
    if b"\x00" in data:
        raise DocumentError(path, "binary data, not text (NUL bytes)")
    text = _decode_text(data)
    if text is None:
        raise DocumentError(path, "not valid UTF-8, GB18030 or Big5 text")
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
    if controls > max(2, len(text) // 100):
        raise DocumentError(path, "binary data, not text (control characters)")
    return text


def _decode_text(data: bytes) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    candidates: dict[str, str] = {}
    for encoding in _LEGACY_ENCODINGS:
        try:
            candidates[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if len(candidates) <= 1:
        return next(iter(candidates.values()), None)
    results = [r for r in from_bytes(data, cp_isolation=list(candidates), threshold=1.0) if r.encoding in candidates]
    if len(results) == 1 or (len(results) > 1 and results[1].chaos - results[0].chaos >= _CLEAR_MARGIN):
        return candidates[results[0].encoding]
    # Short text often leaves the guesses about equally clean (or ranks garbage first): then the decoding
    # made of everyday characters wins, in charset-normalizer's order on a tie.
    ranked = [r.encoding for r in results] + [e for e in candidates if e not in {r.encoding for r in results}]
    return max((candidates[e] for e in ranked), key=_everyday)


def _everyday(text: str) -> int:
    """Everyday Chinese characters minus odd ones (kana, rare characters, symbols outside the common rows)."""
    score = 0
    for ch in text[:20000]:  # enough to judge, and bounded for a 20 MiB file
        if ch.isascii():
            continue
        if ch >= "\u4e00" and (_in_range(ch, "gb2312", 0xB0A1, 0xD7FE) or _in_range(ch, "big5", 0xA440, 0xC67E)):
            score += 1
        elif not (_in_range(ch, "gb2312", 0xA1A1, 0xA3FE) or _in_range(ch, "big5", 0xA140, 0xA3BF)):
            score -= 1
    return score


def _in_range(ch: str, encoding: str, low: int, high: int) -> bool:
    """Whether `ch` has a code in [low, high] in `encoding` (GB2312 level 1, Big5 frequent block, symbol rows)."""
    try:
        return low <= int.from_bytes(ch.encode(encoding)) <= high
    except UnicodeEncodeError:
        return False
