"""What a reader of a Word file sees, where python-docx's `text` shows less: a paragraph as it stands after its
tracked changes, the text boxes it anchors, and the document's footnotes and endnotes.

A draft edited with "Track Changes" on is often published without the changes accepted. Word shows the
inserted text (inside `w:ins`) and hides the deleted (`w:delText` inside `w:del`); python-docx reads only a
paragraph's own runs and hyperlinks, so "最高支持<del>50</del><ins>80</ins>万元" read as "最高支持万元", and text in a
content control (`w:sdt`) or a smart tag was lost alike. A text box (a contact line, a note beside a table) is a
drawing inside a run, with paragraphs of its own; a footnote lives in another part of the package. Neither was read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

#: WordprocessingML's namespace, spelt out so that importing this module does not import python-docx (a server
#: that never parses a file starts sooner; `qa.ingest.formats` imports python-docx on the first .docx).
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def qn(tag: str) -> str:
    """ "w:p" → its Clark name, as lxml and python-docx's elements name it."""
    return _W + tag.removeprefix("w:")


#: What hides a run from the paragraph being read: a deletion, the source of a move, a ruby's pronunciation
#: guide, or another paragraph (a text box's, inside a drawing in this one).
_HIDING = frozenset(qn(tag) for tag in ("w:del", "w:moveFrom", "w:rt", "w:p", "w:txbxContent"))
_RUN, _BOX = qn("w:r"), qn("w:txbxContent")
#: The copy of a drawing Word writes for older readers (VML): the same text box a second time.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def shown_text(paragraph: Any) -> str:
    """The text of a `w:p` element as Word shows it with its tracked changes: inserted and moved-to runs kept,
    deleted and moved-from ones gone, runs in hyperlinks, content controls, smart tags and fields read."""
    return "".join(
        run.text for run in paragraph.iter(_RUN) if not any(n.tag in _HIDING for n in _between(run, paragraph))
    )


def boxed_lines(paragraph: Any) -> list[str]:
    """The lines of the text boxes a `w:p` element anchors, each box once (not again from its VML copy)."""
    lines = []
    for box in paragraph.iter(_BOX):
        if not any(n.tag in (_FALLBACK, _BOX) for n in _between(box, paragraph)):  # nor a box inside a box
            own = (p for p in box.iter(qn("w:p")) if not any(n.tag == _BOX for n in _between(p, box)))
            lines += [text for p in own if (text := shown_text(p).strip())]
    return lines


def _between(node: Any, top: Any) -> Iterator[Any]:
    """The ancestors of `node` below `top`."""
    node = node.getparent()
    while node is not None and node is not top:
        yield node
        node = node.getparent()


def note_lines(document: Any) -> list[str]:
    """Each footnote's and endnote's text as a line (separators, which Word draws as rules, left out)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    lines = []
    for rel in document.part.rels.values():
        if rel.reltype not in (RT.FOOTNOTES, RT.ENDNOTES) or rel.is_external:
            continue
        notes = parse_xml(rel.target_part.blob)
        for note in notes:
            if note.get(qn("w:type"), "normal") == "normal":
                text = " ".join(shown_text(p).strip() for p in note.iter(qn("w:p")))
                if text.strip():
                    lines.append(" ".join(text.split()))
    return lines
