// The citation side panel (a bottom sheet on phones): title, section path, the quote in context.

import { describeError, getDocument } from "./api.js";
import { clear, el, icon, ICONS } from "./dom.js";
import { locate, renderContext } from "./passage.js";
import { langFor, onModeChange, zh } from "./script.js";

const CONTEXT_CHARS = 200;

export function documentHref(docId, start, end) {
  const base = `/documents/${encodeURIComponent(docId)}`;
  return Number.isInteger(start) && Number.isInteger(end) ? `${base}#${start}-${end}` : base;
}

export class Panel {
  constructor({ panel, body, title, close, backdrop, fallbackFocus = null }) {
    this.panel = panel;
    this.fallbackFocus = fallbackFocus;
    this.body = body;
    this.title = title;
    this.backdrop = backdrop;
    this.citation = null;
    this.trigger = null;
    this.request = 0;
    close.addEventListener("click", () => this.close());
    backdrop.addEventListener("click", () => this.close());
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && this.isOpen()) {
        event.preventDefault();
        this.close();
      }
    });
    onModeChange(() => {
      if (this.isOpen() && this.citation) this.render(this.citation);
    });
  }

  isOpen() {
    return !this.panel.hidden;
  }

  /** Show `citation`; `trigger` gets focus back when the panel closes. */
  open(citation, trigger) {
    if (this.trigger && this.trigger !== trigger) this.trigger.setAttribute("aria-expanded", "false");
    this.citation = citation;
    this.trigger = trigger || null;
    if (this.trigger) this.trigger.setAttribute("aria-expanded", "true");
    this.panel.hidden = false;
    this.backdrop.hidden = false;
    document.body.classList.add("panel-open");
    this.render(citation);
    this.title.focus({ preventScroll: true });
  }

  close() {
    if (!this.isOpen()) return;
    this.panel.hidden = true;
    this.backdrop.hidden = true;
    document.body.classList.remove("panel-open");
    this.citation = null;
    const trigger = this.trigger;
    this.trigger = null;
    if (trigger) trigger.setAttribute("aria-expanded", "false");
    // the trigger may have been re-rendered (script toggle, new answer) while the panel was open
    if (trigger && trigger.isConnected) trigger.focus();
    else if (this.fallbackFocus) this.fallbackFocus.focus();
  }

  /** Scroll the panel (only the panel) so that `node` is in view. */
  reveal(node) {
    if (!node) return;
    const box = this.body.getBoundingClientRect();
    const at = node.getBoundingClientRect();
    if (at.bottom > box.bottom - 16 || at.top < box.top) this.body.scrollTop += at.top - box.top - 96;
  }

  render(c) {
    const request = ++this.request;
    clear(this.body);
    const path = String(c.section || "")
      .split(" > ")
      .filter(Boolean);
    const passage = el("blockquote", { class: "passage", "aria-busy": "true" }, el("p", { class: "loading", text: "正在载入原文…" }));
    this.body.append(
      el(
        "header",
        { class: "source-head" },
        el("span", { class: "source-n", text: `[${c.n}]` }),
        el("h3", { class: "source-title", text: zh(c.title || c.source || c.doc_id) }),
      ),
      path.length
        ? el("ol", { class: "crumbs", "aria-label": "章节" }, path.map((p) => el("li", { text: zh(p) })))
        : null,
      passage,
      el(
        "p",
        { class: "source-actions" },
        el(
          "a",
          { class: "btn btn-outline", href: documentHref(c.doc_id, c.start, c.end) },
          icon(ICONS.doc),
          "打开全文 · Open full document",
        ),
        el("span", { class: "source-file", text: (c.source || c.doc_id) + (c.page ? ` · 第${c.page}页` : "") }),
      ),
    );
    getDocument(c.doc_id).then(
      (doc) => {
        if (request !== this.request) return;
        clear(passage);
        passage.removeAttribute("aria-busy");
        const text = String(doc.text || "");
        const span = locate(text, c.quote, c.start, c.end);
        const p = el("p", { class: "context", lang: langFor(doc.meta && doc.meta.script) });
        if (span) {
          const mark = renderContext(p, text, span.start, span.end, CONTEXT_CHARS);
          passage.append(p);
          this.reveal(mark);
        } else {
          p.append(el("mark", { text: zh(c.quote || "") }));
          passage.append(p);
          passage.after(el("p", { class: "note", text: "原文已更新，未能定位该段落。The passage could not be located in the current text." }));
        }
      },
      (err) => {
        if (request !== this.request) return;
        clear(passage);
        passage.removeAttribute("aria-busy");
        passage.append(
          el("p", { class: "context" }, el("mark", { text: zh(c.quote || "") })),
          el("p", { class: "note", text: `无法载入上下文：${describeError(err)}` }),
        );
      },
    );
  }
}
