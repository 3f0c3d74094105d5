// The JSON API: POST /api/ask (JSON or server-sent events over fetch) and GET /api/documents/<id>.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function errorFrom(res) {
  let code = `http_${res.status}`;
  let message = res.statusText || `HTTP ${res.status}`;
  try {
    const body = await res.json();
    if (body && body.error) {
      code = body.error.code || code;
      message = body.error.message || message;
    }
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(res.status, code, message);
}

/**
 * Parse a server-sent event stream from a fetch Response body.
 * Calls onEvent(type, data) per event; data lines are joined with "\n" (per the SSE spec).
 */
export async function readEvents(body, onEvent) {
  const reader = body.getReader();
  const decoder = new TextDecoder("utf-8");
  let buffer = "";
  let type = "";
  let data = [];
  const dispatch = () => {
    if (data.length) onEvent(type || "message", data.join("\n"));
    type = "";
    data = [];
  };
  const line = (text) => {
    if (text === "") return dispatch();
    if (text.startsWith(":")) return undefined; // comment / keep-alive
    const colon = text.indexOf(":");
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? "" : text.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") type = value;
    else if (field === "data") data.push(value);
    return undefined;
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffer += decoder.decode(value || new Uint8Array(), { stream: !done });
      const newline = /\r\n|\r|\n/g;
      let consumed = 0;
      let match;
      while ((match = newline.exec(buffer)) !== null) {
        // a lone "\r" at the end may be the first half of "\r\n": wait for more input
        if (match[0] === "\r" && match.index === buffer.length - 1 && !done) break;
        line(buffer.slice(consumed, match.index));
        consumed = match.index + match[0].length;
      }
      buffer = buffer.slice(consumed);
      if (done) {
        if (buffer) line(buffer);
        dispatch();
        return;
      }
    }
  } catch (err) {
    reader.cancel().catch(() => {});
    throw err;
  }
}

/**
 * Ask a question. `handlers`: hits(list), delta(text), final(fields), done(timings).
 * A JSON (non-streaming) reply is delivered through the same handlers.
 */
export async function ask(question, { topK = 5, signal, handlers }) {
  const res = await fetch("/api/ask", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "text/event-stream, application/json" },
    body: JSON.stringify({ question, top_k: topK, stream: true }),
    signal,
  });
  if (!res.ok) throw await errorFrom(res);
  const type = res.headers.get("Content-Type") || "";
  if (!type.includes("text/event-stream") || !res.body) {
    const answer = await res.json();
    handlers.delta(answer.answer || "");
    handlers.final(answer);
    handlers.done(answer.timings_ms || {});
    return;
  }
  let finished = false;
  await readEvents(res.body, (event, raw) => {
    let data;
    try {
      data = JSON.parse(raw);
    } catch {
      data = raw;
    }
    if (event === "hits") handlers.hits(Array.isArray(data) ? data : []);
    else if (event === "answer") handlers.delta(typeof data === "string" ? data : data.delta || "");
    else if (event === "citations") handlers.final(data || {});
    else if (event === "done") {
      finished = true;
      handlers.done(data || {});
    } else if (event === "error") {
      const err = (data && data.error) || data || {};
      throw new ApiError(500, err.code || "error", err.message || String(raw));
    }
  });
  if (!finished) handlers.done({});
}

const documents = new Map();

/** GET /api/documents/<id>, cached per page (a failed fetch is retried next time). */
export function getDocument(docId) {
  if (!documents.has(docId)) {
    const promise = fetch(`/api/documents/${encodeURIComponent(docId)}`, { headers: { Accept: "application/json" } })
      .then(async (res) => {
        if (!res.ok) throw await errorFrom(res);
        return res.json();
      })
      .catch((err) => {
        documents.delete(docId);
        throw err;
      });
    documents.set(docId, promise);
  }
  return documents.get(docId);
}

/** True when the service answers questions (GET /readyz); a missing endpoint counts as ready. */
export async function isReady() {
  try {
    const res = await fetch("/readyz", { headers: { Accept: "application/json" } });
    return res.ok || res.status === 404;
  } catch {
    return false;
  }
}

/** A user-facing sentence for an error from ask() or getDocument(). */
export function describeError(err) {
  if (err instanceof ApiError) {
    if (err.code === "not_ready" || err.status === 503) return "模型正在加载，请稍后再试。The model is still loading — try again shortly.";
    if (err.status === 429) return "请求过于频繁，请稍后再试。Too many requests — please wait a moment.";
    if (err.status === 404) return `未找到：${err.message}`;
    return err.message || `出错了（${err.code}）`;
  }
  if (err && err.name === "AbortError") return "已停止。Stopped.";
  return "无法连接服务，请检查网络后重试。Could not reach the service.";
}
