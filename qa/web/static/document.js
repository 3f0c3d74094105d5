// The full-document page: cleaned text from /api/documents/<id>, the span in the URL hash
// (#start-end, character offsets) highlighted and scrolled into view, and a section outline.

import { describeError, getDocument } from "./api.js";
import { clear, el } from "./dom.js";
import { renderText } from "./passage.js";
import { bindToggle, init as initScript, langFor, onModeChange, zh } from "./script.js";

const root = document.getElementById("doc");
const docId = root.dataset.docId;
const titleEl = document.getElementById("doc-title");
const metaEl = document.getElementById("doc-meta");
const outline = document.getElementById("outline");
const body = document.getElementById("doc-text");
const status = document.getElementById("doc-status");
let doc = null;
let span = null; // the highlighted [start, end), from the last "#start-end" hash

/** The span named by a "#start-end" hash (character offsets), or null. */
function spanFromHash(hash) {
  const m = /^#(\d+)-(\d+)$/.exec(hash);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start < end && end <= doc.text.length ? { start, end } : null;
}

/**
 * Section headings as spans of the text: the section's title where the text starts with it
 * (run-in headings such as "（二）…。" followed by body text), else its first line when short.
 */
function headings(text, sections) {
  const spans = [];
  for (const s of sections || []) {
    if (!Number.isInteger(s.start) || s.start >= text.length) continue;
    const title = String(s.title || "");
    let end = -1;
    if (title && text.startsWith(title, s.start)) end = s.start + title.length;
    else {
      const lineEnd = text.indexOf("\n", s.start);
      const stop = lineEnd === -1 ? text.length : lineEnd;
      if (stop - s.start <= 80) end = stop;
    }
    if (end > s.start) spans.push({ start: s.start, end, id: `section-${s.id}`, section: String(s.id) });
  }
  return spans.sort((a, b) => a.start - b.start).filter((h, i, all) => i === 0 || h.start >= all[i - 1].end);
}

function renderMeta() {
  const meta = doc.meta || {};
  const items = [
    ["发文机关", meta.issuer],
    ["日期", meta.date],
    ["文号", meta.doc_number],
    ["文件", doc.source],
  ].filter(([, value]) => value);
  metaEl.replaceChildren(
    ...items.flatMap(([label, value]) => [el("dt", { text: label }), el("dd", { text: zh(value) })]),
  );
}

/** The innermost section whose own text holds `offset` (sections are in document order). */
function sectionAt(offset) {
  let found = null;
  for (const s of doc.sections || []) {
    const bodyEnd = Number.isInteger(s.body_end) ? s.body_end : s.end;
    if (s.start <= offset && offset < bodyEnd) found = s;
  }
  return found;
}

function renderOutline(heads) {
  clear(outline);
  const byId = new Map((doc.sections || []).map((s) => [`section-${s.id}`, s]));
  const current = span ? sectionAt(span.start) : null;
  const list = el("ol", { class: "outline-list" });
  let currentLink = null;
  for (const h of heads) {
    const section = byId.get(h.id);
    const level = Math.min(4, Math.max(1, Number(section && section.level) || 1));
    const title = zh((section && section.title) || doc.text.slice(h.start, h.end));
    const isCurrent = Boolean(current && section && current.id === section.id);
    const link = el("a", { href: `#${h.id}`, text: title, "aria-current": isCurrent ? "location" : null });
    if (isCurrent) currentLink = link;
    list.append(el("li", { class: `level-${level}` }, link));
  }
  if (heads.length) outline.append(el("h2", { class: "outline-title", text: "目录 · Sections" }), list);
  outline.hidden = heads.length === 0;
  if (currentLink) outline.scrollTop = Math.max(0, currentLink.offsetTop - outline.clientHeight / 3);
}

function renderBody({ scroll }) {
  clear(body);
  const heads = headings(doc.text, doc.sections);
  const mark = renderText(body, doc.text, { start: span ? span.start : -1, end: span ? span.end : -1, headings: heads });
  renderOutline(heads);
  if (mark) {
    mark.id = "highlight";
    mark.tabIndex = -1;
    if (scroll) {
      mark.scrollIntoView({ block: "center" });
      mark.focus({ preventScroll: true });
    }
  }
}

function render({ scroll }) {
  document.title = `${zh(doc.title)} · 政策文件问答`;
  titleEl.textContent = zh(doc.title || doc.doc_id);
  const lang = langFor(doc.meta && doc.meta.script);
  for (const node of [titleEl, body]) {
    if (lang) node.lang = lang;
    else node.removeAttribute("lang");
  }
  renderMeta();
  renderBody({ scroll });
}

async function main() {
  bindToggle(document.querySelector(".script-toggle"));
  await initScript();
  try {
    doc = await getDocument(docId);
    doc.text = String(doc.text || "");
  } catch (err) {
    status.textContent = `无法载入文件：${describeError(err)}`;
    status.classList.add("is-error");
    return;
  }
  status.hidden = true;
  root.setAttribute("aria-busy", "false");
  span = spanFromHash(window.location.hash);
  render({ scroll: true });
  onModeChange(() => render({ scroll: false }));
  window.addEventListener("hashchange", () => {
    const next = spanFromHash(window.location.hash);
    if (next) {
      span = next;
      renderBody({ scroll: true });
    }
  });
}

main();
