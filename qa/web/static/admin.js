// The maintainer page: upload, watch indexing, read each document's cleaning report, delete.
// The admin token is typed once and kept in sessionStorage (this tab only); every value from the
// server is inserted as text.

import { clear, el } from "./dom.js";
import { bindToggle, init as initScript } from "./script.js";

const TOKEN_KEY = "qa-admin-token";
const POLL_MS = 1500;
const LABELS = {
  queued: "排队中 · queued",
  indexing: "索引中 · indexing",
  indexed: "已索引 · indexed",
  failed: "失败 · failed",
  not_indexed: "未索引 · not indexed",
};

const $ = (id) => document.getElementById(id);
const status = (text, isError = false) => {
  $("admin-status").textContent = text;
  $("admin-status").classList.toggle("is-error", isError);
};

async function call(path, options = {}) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const res = await fetch(path, { ...options, headers: { Authorization: `Bearer ${token}`, ...(options.headers || {}) } });
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) {
    const message = body && body.error ? body.error.message : `HTTP ${res.status}`;
    const error = new Error(message);
    error.status = res.status;
    throw error;
  }
  return body;
}

let timer = null;

function row(doc) {
  const state = el("span", { class: `badge is-${doc.status}`, text: LABELS[doc.status] || doc.status });
  const cell = el("td", {}, state, doc.error ? el("div", { class: "admin-error", text: doc.error }) : null);
  const report = el("button", { class: "btn btn-ghost", type: "button", text: "查看 · View", on: { click: () => showReport(doc.doc_id) } });
  const remove = el("button", {
    class: "btn btn-ghost",
    type: "button",
    text: "删除 · Delete",
    "aria-label": `删除 ${doc.doc_id} · Delete ${doc.doc_id}`,
    on: { click: () => removeDocument(doc.doc_id) },
  });
  return el("tr", { dataset: { docId: doc.doc_id } }, el("td", { text: doc.doc_id }), el("td", { text: doc.source || "" }), cell, el("td", {}, report), el("td", {}, remove));
}

async function refresh() {
  clearTimeout(timer);
  try {
    const { documents } = await call("/admin/documents");
    const body = $("documents").tBodies[0];
    clear(body);
    for (const doc of documents) body.append(row(doc));
    $("documents").hidden = false;
    if (documents.some((d) => d.status === "queued" || d.status === "indexing")) timer = setTimeout(refresh, POLL_MS);
  } catch (error) {
    status(error.message, true);
    if (error.status === 401 || error.status === 403) signOut();
  }
}

async function showReport(docId) {
  try {
    const doc = await call(`/admin/documents/${encodeURIComponent(docId)}`);
    $("report-title").textContent = `清理报告 · Cleaning report: ${doc.doc_id}`;
    const cleaning = doc.cleaning;
    const lines = $("report-lines");
    clear(lines);
    if (!cleaning) {
      $("report-summary").textContent = "尚未载入（未索引或读取失败）。Not loaded yet (not indexed, or unreadable).";
    } else {
      const whole = cleaning.kept_whole ? " 清理规则会删光全文，故保留原文。Cleaning would have left nothing, so the text was kept whole." : "";
      $("report-summary").textContent = `删除 ${cleaning.removed.length} 行 · ${cleaning.removed.length} lines removed.${whole}`;
      for (const r of cleaning.removed) lines.append(el("li", {}, el("span", { class: "admin-rule", text: r.rule }), " ", el("span", { text: r.line })));
    }
    $("report").hidden = false;
  } catch (error) {
    status(error.message, true);
  }
}

async function removeDocument(docId) {
  if (!window.confirm(`删除 ${docId}？Delete ${docId}?`)) return;
  try {
    await call(`/admin/documents/${encodeURIComponent(docId)}`, { method: "DELETE" });
    status(`已删除 ${docId}，正在更新索引。Deleted ${docId}; the index is being updated.`);
    refresh();
  } catch (error) {
    status(error.message, true);
  }
}

async function upload(event) {
  event.preventDefault();
  const form = new FormData($("upload-form"));
  if (!form.get("doc_id")) form.delete("doc_id");
  status("正在上传… Uploading…");
  try {
    const doc = await call("/admin/documents", { method: "POST", body: form });
    status(`已接收 ${doc.doc_id}，排队索引。Stored ${doc.doc_id}; queued for indexing.`);
    $("upload-form").reset();
    refresh();
  } catch (error) {
    status(error.message, true);
  }
}

function signIn(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
  $("upload-form").hidden = false;
  $("forget").hidden = false;
  $("token").value = "";
  refresh();
}

function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  $("upload-form").hidden = true;
  $("documents").hidden = true;
  $("report").hidden = true;
  $("forget").hidden = true;
}

$("token-form").addEventListener("submit", (event) => {
  event.preventDefault();
  status("");
  signIn($("token").value);
});
$("forget").addEventListener("click", () => {
  signOut();
  status("令牌已清除。Token forgotten.");
});
$("upload-form").addEventListener("submit", upload);
if (sessionStorage.getItem(TOKEN_KEY)) signIn(sessionStorage.getItem(TOKEN_KEY));
bindToggle(document.querySelector(".script-toggle"));
initScript();
