"""Optional generative answers from an OpenAI-compatible server, checked against their citations.

When `QA_LLM_BASE_URL` and `QA_LLM_MODEL` are set, the retrieved passages go
to the model through LangChain's chat-model interface with an instruction to
cite `[n]` after every sentence. Every sentence of the reply is then checked
against the passages it cites (shared character bigrams and every number it
states); unsupported sentences are dropped and the answer says so. Any error,
timeout or fully unsupported reply falls back to the extractive answer, and
the response says that too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from langchain_core.messages import HumanMessage, SystemMessage

from qa.answer.question import analyse
from qa.answer.types import Answer, Answerer, Citation
from qa.ingest import to_simplified
from qa.search import Hit

SYSTEM = (
    "你是政策文件问答助手。只根据给出的编号段落回答问题，用提问者的语言和文字（简体或繁体）作答，"
    "简洁，一到三句。每句话末尾用 [n] 标明所依据的段落编号。"
    "如果段落不足以回答，只回答：NO_ANSWER"
)
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_MARKER = re.compile(r"\[(\d+)\]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_MIN_OVERLAP = 0.5


def _bigrams(text: str) -> set[str]:
    han = re.sub(r"[^\u4e00-\u9fff\w]", "", to_simplified(text).lower())
    return {han[i : i + 2] for i in range(len(han) - 1)}


def supported(sentence: str, passages: Sequence[str]) -> bool:
    """A sentence is supported when most of its bigrams and all of its numbers occur in its cited passages."""
    claim = _MARKER.sub("", sentence)
    evidence = to_simplified("\n".join(passages))
    if any(n not in evidence for n in _NUMBER.findall(to_simplified(claim))):
        return False
    grams = _bigrams(claim)
    return bool(grams) and len(grams & _bigrams(evidence)) / len(grams) >= _MIN_OVERLAP


def _best_quote(n: int, sentence: str, hit: Hit) -> Citation:
    """The sentence of the cited chunk that shares most with the claim, as an exact span."""
    chunk = hit.chunk
    grams = _bigrams(sentence)
    spans = [m.span() for m in _SENTENCE.finditer(chunk.text)] or [(0, len(chunk.text))]
    s, e = max(spans, key=lambda sp: len(grams & _bigrams(chunk.text[sp[0] : sp[1]])))
    return Citation.of(n, chunk, s, e, hit.score)


class GenerativeAnswerer:
    """LLM answers with verified citations; `fallback` (the extractive answerer) covers every failure."""

    def __init__(self, chat_model: Any, fallback: Answerer) -> None:
        self.chat_model = chat_model
        self.fallback = fallback

    @classmethod
    def from_settings(
        cls, base_url: str, model: str, api_key: str, timeout_s: float, fallback: Answerer
    ) -> GenerativeAnswerer:
        from langchain_openai import ChatOpenAI
        from pydantic import SecretStr

        chat = ChatOpenAI(
            base_url=base_url, model=model, api_key=SecretStr(api_key), timeout=timeout_s, max_retries=0, temperature=0
        )
        return cls(chat, fallback)

    def answer(self, question: str, hits: Sequence[Hit]) -> Answer:
        if not hits:
            return self.fallback.answer(question, hits)
        passages = "\n\n".join(
            f"[{i}] {h.chunk.title} > {h.chunk.section}\n{h.chunk.text}" for i, h in enumerate(hits, 1)
        )
        try:
            reply = self.chat_model.invoke(
                [SystemMessage(SYSTEM), HumanMessage(f"段落：\n{passages}\n\n问题：{question}")]
            )
            text = str(reply.content).strip()
        except Exception as exc:
            return self._fallback(
                question, hits, f"generative model unavailable ({type(exc).__name__}); extractive answer"
            )
        return self._verified(question, text, hits)

    def _fallback(self, question: str, hits: Sequence[Hit], notice: str) -> Answer:
        return replace(self.fallback.answer(question, hits), mode="extractive-fallback", notice=notice)

    def _verified(self, question: str, text: str, hits: Sequence[Hit]) -> Answer:
        if "NO_ANSWER" in text:
            return self._fallback(question, hits, "the generative model found no answer; extractive check")
        kept: list[str] = []
        citations: dict[int, Citation] = {}
        dropped = 0
        for sentence in (m.group().strip() for m in _SENTENCE.finditer(text)):
            cited = [int(n) for n in _MARKER.findall(sentence) if 1 <= int(n) <= len(hits)]
            if not sentence or not cited or not supported(sentence, [hits[n - 1].chunk.text for n in cited]):
                dropped += bool(sentence)
                continue
            for n in cited:
                citations.setdefault(n, _best_quote(n, sentence, hits[n - 1]))
            kept.append(sentence)
        if not kept:
            return self._fallback(
                question, hits, "the generative answer was not supported by its citations; extractive answer"
            )
        q = analyse(question)
        notice = f"{dropped} unsupported sentence(s) removed" if dropped else None
        return Answer(
            question=q.text,
            answer="".join(kept),
            answerable=True,
            short_answer=None,
            language=q.language,
            citations=[citations[n] for n in sorted(citations)],
            qtype=q.qtype,
            mode="generative",
            notice=notice,
        )
