// The conversation of this browser tab, kept in sessionStorage so it survives a reload.

const KEY = "qa.history.v1";
const MAX_TURNS = 40;

export function loadHistory() {
  let turns = [];
  try {
    const parsed = JSON.parse(sessionStorage.getItem(KEY) || "[]");
    if (Array.isArray(parsed)) turns = parsed.filter((t) => t && typeof t.question === "string" && t.id);
  } catch {
    turns = [];
  }
  for (const turn of turns) {
    // a reload cut this answer off mid-stream
    if (turn.status === "pending" || turn.status === "streaming") {
      turn.status = "error";
      turn.error = "回答被中断（页面已刷新）。The answer was interrupted by a reload.";
    }
  }
  return turns;
}

export function saveHistory(turns) {
  const kept = turns.slice(-MAX_TURNS);
  for (let n = kept.length; n >= 0; n -= 5) {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(kept.slice(kept.length - n)));
      return;
    } catch {
      // quota exceeded: drop the oldest turns and try again
    }
  }
}

export function clearHistory() {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // storage disabled
  }
}

export function newTurn(question) {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  return {
    id,
    question,
    status: "pending",
    answer: "",
    answerable: null,
    short_answer: null,
    language: null,
    citations: [],
    see_also: [],
    notice: null,
    mode: null,
    confidence: null,
    hits: null,
    timings: {},
    error: null,
  };
}
