// The chat page: question box, streamed answers, history, citation panel, script toggle.

import { ask, describeError, isReady } from "./api.js";
import { copyText, el, icon, ICONS } from "./dom.js";
import { clearHistory, loadHistory, newTurn, saveHistory } from "./history.js";
import { Panel } from "./panel.js";
import { bindToggle, init as initScript, onModeChange, zh } from "./script.js";
import { answerAsText, renderTurn } from "./turn.js";

const $ = (id) => document.getElementById(id);
const form = $("ask-form");
const input = $("question");
const send = $("send");
const log = $("log");
const welcome = $("welcome");
const status = $("status");
const banner = $("banner");

const panel = new Panel({
  panel: $("panel"),
  body: $("panel-body"),
  title: $("panel-title"),
  close: $("panel-close"),
  backdrop: $("backdrop"),
  fallbackFocus: input,
});

let turns = loadHistory();
let controller = null; // AbortController of the request in flight
const rendered = new Map(); // turn id -> {item, text}

const actions = {
  cite: (citation, button) => panel.open(citation, button),
  copy: async (turn, button) => {
    const ok = await copyText(answerAsText(turn));
    const label = button.querySelector(".copy-label");
    announce(ok ? "回答已复制。" : "复制失败，请手动选择文本。");
    if (label) {
      label.textContent = ok ? "已复制" : "复制失败";
      button.classList.toggle("copied", ok);
      setTimeout(() => {
        label.textContent = "复制回答";
        button.classList.remove("copied");
      }, 2000);
    }
  },
  retry: (turn) => {
    if (controller) return;
    turns = turns.filter((t) => t.id !== turn.id);
    rendered.get(turn.id)?.item.remove();
    rendered.delete(turn.id);
    start(turn.question);
  },
};

function announce(message) {
  status.textContent = "";
  // a fresh text node makes screen readers repeat an identical message
  setTimeout(() => {
    status.textContent = message;
  }, 50);
}

function showWelcome() {
  welcome.hidden = turns.length > 0;
}

function draw(turn) {
  const view = renderTurn(turn, actions);
  const old = rendered.get(turn.id);
  if (old) old.item.replaceWith(view.item);
  else log.append(view.item);
  rendered.set(turn.id, view);
  return view;
}

function drawAll() {
  log.replaceChildren();
  rendered.clear();
  for (const turn of turns) draw(turn);
  showWelcome();
}

function nearBottom() {
  const doc = document.scrollingElement || document.documentElement;
  return doc.scrollHeight - doc.scrollTop - window.innerHeight < 160;
}

function scrollToEnd() {
  const doc = document.scrollingElement || document.documentElement;
  doc.scrollTop = doc.scrollHeight;
}

function setBusy(busy) {
  send.classList.toggle("is-stop", busy);
  send.querySelector(".send-label").textContent = busy ? "停止" : "发送";
  send.setAttribute("aria-label", busy ? "停止回答 Stop" : "发送问题 Send");
  form.setAttribute("aria-busy", String(busy));
}

async function start(question) {
  const turn = newTurn(question);
  turns.push(turn);
  saveHistory(turns);
  showWelcome();
  draw(turn).item.scrollIntoView({ block: "start", behavior: "smooth" });
  controller = new AbortController();
  setBusy(true);
  announce("正在检索并回答…");

  let frame = 0;
  const paintText = () => {
    frame = 0;
    const view = rendered.get(turn.id);
    if (!view) return;
    const follow = nearBottom();
    if (!view.text.isConnected) draw(turn);
    else view.text.replaceChildren(zh(turn.answer), el("span", { class: "caret", "aria-hidden": "true" }));
    if (follow) scrollToEnd();
  };

  try {
    await ask(question, {
      signal: controller.signal,
      handlers: {
        hits: (hits) => {
          turn.status = "streaming";
          turn.hits = hits.length;
          draw(turn);
        },
        delta: (piece) => {
          const first = !turn.answer;
          turn.status = "streaming";
          turn.answer += piece;
          if (first) draw(turn);
          else if (!frame) frame = requestAnimationFrame(paintText);
        },
        final: (data) => {
          for (const key of ["answerable", "short_answer", "language", "notice", "mode", "confidence"]) {
            if (key in data) turn[key] = data[key];
          }
          if (Array.isArray(data.citations)) turn.citations = data.citations;
          if (Array.isArray(data.see_also)) turn.see_also = data.see_also;
          if (typeof data.answer === "string" && data.answer) turn.answer = data.answer;
        },
        done: (timings) => {
          turn.timings = timings && typeof timings === "object" ? timings : {};
        },
      },
    });
    turn.status = "done";
    announce(turn.answerable === false ? "资料中没有找到答案。" : "回答完成。");
  } catch (err) {
    const stopped = err && err.name === "AbortError";
    turn.status = stopped ? "stopped" : "error";
    turn.error = describeError(err);
    announce(turn.error);
  } finally {
    if (frame) cancelAnimationFrame(frame);
    controller = null;
    setBusy(false);
    if (turns.includes(turn)) {
      // (a "new conversation" during the answer has already dropped this turn)
      const follow = nearBottom();
      draw(turn);
      if (follow) scrollToEnd();
      saveHistory(turns);
    }
  }
}

function submit() {
  if (controller) return;
  const question = input.value.trim();
  if (!question) {
    input.focus();
    return;
  }
  input.value = "";
  start(question);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (controller) controller.abort();
  else submit();
});

input.addEventListener("keydown", (event) => {
  // Enter sends; Shift+Enter is a new line; never send while an IME is composing.
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
    event.preventDefault();
    submit();
  }
});

for (const chip of document.querySelectorAll("[data-question]")) {
  chip.addEventListener("click", () => {
    if (controller) return;
    input.value = chip.dataset.question;
    submit();
  });
}

$("new-chat").addEventListener("click", () => {
  if (controller) controller.abort();
  panel.close();
  turns = [];
  clearHistory();
  drawAll();
  input.focus();
  announce("已开始新对话。");
});

bindToggle(document.querySelector(".script-toggle"));
onModeChange(drawAll);

async function watchReadiness() {
  if (await isReady()) {
    banner.hidden = true;
    return;
  }
  banner.replaceChildren(icon(ICONS.alert), el("span", { text: "模型正在加载，稍后即可提问。The model is loading…" }));
  banner.hidden = false;
  setTimeout(watchReadiness, 3000);
}

drawAll();
initScript();
watchReadiness();
if (turns.length) rendered.get(turns[turns.length - 1].id)?.item.scrollIntoView({ block: "end" });
