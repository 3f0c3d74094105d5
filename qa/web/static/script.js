// 简/繁 display conversion: a one-character OpenCC table served by the app, applied client-side.
// Mappings are one character to one character, so converted text keeps every citation offset.

const STORAGE_KEY = "qa.script";
const MODES = ["orig", "s", "t"];
const listeners = new Set();
let table = null;
let loading = null;
let mode = readMode();

function readMode() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return MODES.includes(saved) ? saved : "orig";
  } catch {
    return "orig";
  }
}

async function loadTable() {
  if (table) return table;
  if (!loading) {
    loading = fetch("/static-data/zh-map.json", { headers: { Accept: "application/json" } })
      .then((res) => {
        if (!res.ok) throw new Error(`zh-map: HTTP ${res.status}`);
        return res.json();
      })
      .then((data) => {
        table = { s: new Map(Object.entries(data.t2s)), t: new Map(Object.entries(data.s2t)) };
        return table;
      })
      .catch((err) => {
        loading = null;
        throw err;
      });
  }
  return loading;
}

/** The current display mode: "orig" (as written), "s" (简) or "t" (繁). */
export function currentMode() {
  return mode;
}

/** Convert text for display in the current mode (identity until the table has loaded). */
export function zh(text) {
  if (text === null || text === undefined) return "";
  const s = String(text);
  if (mode === "orig" || !table) return s;
  const map = table[mode];
  let out = "";
  for (const ch of s) out += map.get(ch) ?? ch;
  return out;
}

export function onModeChange(fn) {
  listeners.add(fn);
}

export async function setMode(next) {
  if (!MODES.includes(next)) return;
  if (next !== "orig") await loadTable();
  mode = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
  for (const fn of listeners) fn(mode);
  localise(document.body);
}

/** Wire a group of `[data-script]` buttons (aria-pressed) to the mode. */
export function bindToggle(group) {
  if (!group) return;
  const buttons = [...group.querySelectorAll("button[data-script]")];
  const sync = () => {
    for (const b of buttons) b.setAttribute("aria-pressed", String(b.dataset.script === mode));
  };
  for (const b of buttons) {
    b.addEventListener("click", () => {
      setMode(b.dataset.script).catch(() => {
        group.classList.add("failed");
      });
    });
  }
  onModeChange(sync);
  sync();
}

/** Load the table if a saved mode needs it; listeners run once it is ready. */
export async function init() {
  watchChrome();
  if (mode === "orig") return;
  try {
    await loadTable();
  } catch {
    mode = "orig";
  }
  for (const fn of listeners) fn(mode);
  localise(document.body);
}

// The page's own words (labels, buttons, status lines, written in Simplified) follow the display mode
// too: in 简/繁 every text node and label attribute is converted as it appears (document text, already
// converted by zh(), is unchanged by a second pass); back to 原文, each converted node gets its words back.
const LABELS = ["aria-label", "placeholder", "title"];
const original = new WeakMap(); // node -> its text before conversion; element -> {attribute: value}
const written = new WeakMap(); // node -> the text this module last wrote there (its own change, not the page's)
let watching = false;

function convertText(node) {
  if (!original.has(node) || node.nodeValue !== written.get(node)) original.set(node, node.nodeValue);
  const want = mode === "orig" ? original.get(node) : zh(original.get(node));
  written.set(node, want);
  if (node.nodeValue !== want) node.nodeValue = want;
}

function convertLabels(element) {
  const saved = original.get(element) || {};
  const ours = written.get(element) || {};
  for (const name of LABELS) {
    if (!element.hasAttribute(name)) continue;
    const now = element.getAttribute(name);
    if (!(name in saved) || now !== ours[name]) saved[name] = now;
    ours[name] = mode === "orig" ? saved[name] : zh(saved[name]);
    if (now !== ours[name]) element.setAttribute(name, ours[name]);
  }
  original.set(element, saved);
  written.set(element, ours);
}

function localise(root) {
  if (!root || !watching) return;
  if (root.nodeType === Node.TEXT_NODE) return convertText(root);
  if (root.nodeType !== Node.ELEMENT_NODE) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = root; node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) convertLabels(node);
    else if (!["SCRIPT", "STYLE", "TEXTAREA"].includes(node.parentNode.tagName)) convertText(node);
  }
  document.documentElement.lang = mode === "t" ? "zh-Hant" : "zh-Hans";
}

function watchChrome() {
  if (watching) return;
  watching = true;
  const observer = new MutationObserver((records) => {
    if (mode === "orig") return;
    for (const r of records) {
      if (r.type === "childList") for (const n of r.addedNodes) localise(n);
      else if (r.type === "characterData") convertText(r.target);
      else convertLabels(r.target);
    }
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: LABELS,
  });
}

/** The `lang` for text written in `original` ("zh-Hans", "zh-Hant", other/unknown → null) as displayed now. */
export function langFor(original) {
  if (mode === "s") return "zh-Hans";
  if (mode === "t") return "zh-Hant";
  return original === "zh-Hans" || original === "zh-Hant" ? original : null;
}
