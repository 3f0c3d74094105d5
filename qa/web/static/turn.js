// One question and its answer, built as DOM nodes from a turn object (see history.js).

import { el, icon, ICONS } from "./dom.js";
import { langFor, zh } from "./script.js";

const MARKER = /\[(\d{1,3})\]/g;
const MODE_LABELS = {
  extractive: "原文摘录",
  generative: "生成式",
  "extractive-fallback": "原文摘录（生成服务不可用）",
};

/** Answer text with every known [n] marker turned into a citation button. */
export function answerNodes(text, citations, onCite) {
  const byN = new Map(citations.map((c) => [Number(c.n), c]));
  const nodes = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    const citation = byN.get(Number(m[1]));
    if (!citation) continue;
    if (m.index > last) nodes.push(zh(text.slice(last, m.index)));
    nodes.push(citeButton(citation, onCite));
    last = m.index + m[0].length;
  }
  if (last < text.length) nodes.push(zh(text.slice(last)));
  return nodes;
}

/** The short answer worth showing above the answer: not when it is the whole answer (a date line, a name). */
export function shortShown(turn) {
  const short = (turn.short_answer || "").trim();
  return short && short !== (turn.answer || "").replace(MARKER, "").trim() ? short : "";
}

function citeButton(c, onCite) {
  const button = el("button", {
    type: "button",
    class: "cite",
    "data-n": c.n,
    "aria-label": `来源 ${c.n}：${zh(c.title || c.source || "")}`,
    "aria-controls": "panel",
    "aria-expanded": "false",
    text: String(c.n),
  });
  button.addEventListener("click", () => onCite(c, button));
  return button;
}

function sourceList(citations, heading, onCite, cls) {
  return el(
    "section",
    { class: `sources ${cls}` },
    el("h3", { class: "sources-title", text: heading }),
    el(
      "ol",
      { class: "source-list" },
      citations.map((c) => {
        const button = el(
          "button",
          { type: "button", class: "source", "aria-controls": "panel", "aria-expanded": "false", "data-n": c.n },
          el("span", { class: "source-badge", text: String(c.n) }),
          el(
            "span",
            { class: "source-text" },
            el("span", { class: "source-name", text: zh(c.title || c.source || c.doc_id) }),
            c.section ? el("span", { class: "source-section", text: zh(c.section) }) : null,
            c.page ? el("span", { class: "source-section", text: `第${c.page}页 · p. ${c.page}` }) : null,
            c.quote ? el("span", { class: "source-quote", text: zh(c.quote) }) : null,
          ),
        );
        button.addEventListener("click", () => onCite(c, button));
        return el("li", {}, button);
      }),
    ),
  );
}

function statusLine(turn) {
  if (turn.status === "pending") return "正在检索相关文件…";
  if (turn.status === "streaming" && !turn.answer) {
    return turn.hits === null ? "正在检索相关文件…" : `已找到 ${turn.hits} 个相关段落，正在组织回答…`;
  }
  return null;
}

/** The reader answered, but its calibrated probability is below even odds: say so, quietly. */
function lowConfidence(turn) {
  return turn.answerable === true && typeof turn.confidence === "number" && turn.confidence < 0.5 && turn.status === "done";
}

function meta(turn) {
  const parts = [];
  if (turn.mode) parts.push(MODE_LABELS[turn.mode] || turn.mode);
  const total = turn.timings && (turn.timings.total ?? turn.timings.total_ms);
  if (typeof total === "number") parts.push(`${Math.round(total)} ms`);
  return parts.join(" · ");
}

/** Plain text of an answer and its sources, for the clipboard. */
export function answerAsText(turn) {
  const lines = [];
  if (shortShown(turn)) lines.push(`简答：${zh(shortShown(turn))}`);
  lines.push(zh(turn.answer));
  const cited = turn.answerable === false ? turn.see_also : turn.citations;
  if (cited && cited.length) {
    lines.push("", turn.answerable === false ? "相关段落：" : "来源：");
    for (const c of cited) {
      lines.push(`[${c.n}] ${zh(c.title || c.source)}${c.section ? ` · ${zh(c.section)}` : ""}${c.page ? ` · 第${c.page}页` : ""}`);
      if (c.quote) lines.push(`    “${zh(c.quote)}”`);
    }
  }
  return lines.join("\n");
}

/**
 * Build the <li> for a turn. `actions`: cite(citation, button), copy(turn, button), retry(turn).
 * Returns {item, text} where `text` is the answer element (updated in place while streaming).
 */
export function renderTurn(turn, actions) {
  const busy = turn.status === "pending" || turn.status === "streaming";
  const refusal = turn.answerable === false;
  const error = turn.status === "error" || turn.status === "stopped";
  const classes = ["answer", busy && "is-busy", refusal && "is-refusal", error && "is-error"].filter(Boolean);

  const text = el("div", {
    class: "answer-text",
    id: `answer-${turn.id}`,
    "aria-live": "polite",
    "aria-busy": String(busy),
    lang: langFor(turn.language),
  });
  if (busy) text.append(zh(turn.answer), el("span", { class: "caret", "aria-hidden": "true" }));
  else text.append(...answerNodes(turn.answer || "", refusal ? [] : turn.citations || [], actions.cite));

  const status = statusLine(turn);
  const answer = el(
    "article",
    { class: classes.join(" "), "aria-label": "回答" },
    refusal
      ? el("p", { class: "refusal-head" }, icon(ICONS.alert), el("span", { text: "资料中没有找到答案 · Not in the documents" }))
      : null,
    shortShown(turn) && !refusal
      ? el(
          "p",
          { class: "short-answer" },
          el("span", { class: "short-label", text: "简答" }),
          el("strong", { class: "short-text", text: zh(shortShown(turn)) }),
        )
      : null,
    status ? el("p", { class: "answer-status", role: "status" }, el("span", { class: "spinner", "aria-hidden": "true" }), status) : null,
    turn.answer || busy ? text : null,
    turn.notice ? el("p", { class: "notice", text: zh(turn.notice) }) : null,
    lowConfidence(turn)
      ? el("p", { class: "low-confidence", text: `把握较低（${Math.round(100 * turn.confidence)}%），请核对来源 · Low confidence: check the source` })
      : null,
    error ? el("p", { class: "error-text", role: "alert", text: turn.error || "出错了。Something went wrong." }) : null,
    !refusal && turn.citations && turn.citations.length && !busy
      ? sourceList(turn.citations, "来源 · Sources", actions.cite, "cited")
      : null,
    refusal && turn.see_also && turn.see_also.length
      ? sourceList(turn.see_also, "最接近的段落（仅供参考）· See also", actions.cite, "see-also")
      : null,
    el(
      "footer",
      { class: "answer-foot" },
      turn.status === "done"
        ? el(
            "button",
            { type: "button", class: "btn btn-ghost btn-small copy", on: { click: (e) => actions.copy(turn, e.currentTarget) } },
            icon(ICONS.copy),
            el("span", { class: "copy-label", text: "复制回答" }),
          )
        : null,
      error
        ? el(
            "button",
            { type: "button", class: "btn btn-ghost btn-small retry", on: { click: () => actions.retry(turn) } },
            icon(ICONS.retry),
            "重试",
          )
        : null,
      el("span", { class: "answer-meta", text: meta(turn) }),
    ),
  );

  const item = el(
    "li",
    { class: "turn", id: `turn-${turn.id}` },
    el("div", { class: "question" }, el("p", { class: "question-text", text: turn.question })),
    answer,
  );
  return { item, text };
}
