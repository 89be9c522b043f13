// Calls to /api with the bearer token. The token lives in sessionStorage (gone when the
// tab closes) and only ever travels in the Authorization header, never in a URL. A one-time
// sign-in code from the bot is exchanged for such a token first.

const TOKEN_KEY = 'wksbm.dashboard.token';

/** An answer other than 2xx (status 0: the server could not be reached). */
export class ApiError extends Error {
  constructor(status, message) {
    super(message || `HTTP ${status}`);
    this.status = status;
  }
}

let unauthorized = () => {};

/** Sets what happens on a 401 (back to the sign-in screen). */
export function onUnauthorized(handler) {
  unauthorized = handler;
}

/** The stored token, or null. */
export function storedToken() {
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Stores the token for this tab. */
export function storeToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

/** Forgets the token. */
export function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/**
 * Exchanges a one-time sign-in code from the bot for a personal token (no bearer token:
 * the code is the credential, and it travels in the body, never in a URL). Resolves to
 * `{token, expiresAt}`; an ApiError carries the server's `reason` on a 401
 * ('unknown' | 'expired' | 'used' | 'notAllowed').
 */
export async function exchangeCode(code) {
  let response;
  try {
    response = await fetch('/api/auth/exchange', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ code }),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new ApiError(0, '');
  }
  const data = await response.json().catch(() => null);
  if (!response.ok || typeof data?.token !== 'string') {
    const error = new ApiError(response.ok ? 500 : response.status, typeof data?.message === 'string' ? data.message : '');
    error.reason = typeof data?.reason === 'string' ? data.reason : null;
    throw error;
  }
  return data;
}

/** `?a=1&b=2` from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function send(path, { method = 'GET', body, accept = 'application/json' } = {}) {
  const headers = { authorization: `Bearer ${storedToken() ?? ''}`, accept };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new ApiError(0, '');
  }
  if (response.status === 401) {
    unauthorized();
    throw new ApiError(401, '');
  }
  if (!response.ok) {
    const data = await response.json().catch(() => null);
    throw new ApiError(response.status, typeof data?.message === 'string' ? data.message : '');
  }
  return response;
}

/** GET/POST JSON; resolves to the parsed body (null for 204). */
export async function api(path, options = {}) {
  const response = await send(path, options);
  if (response.status === 204) return null;
  return response.json();
}

/** GETs a binary resource (an activity photo) with the token; resolves to a Blob. */
export async function fetchBlob(path) {
  const response = await send(path, { accept: 'image/*' });
  return response.blob();
}

/** Downloads a file from the API and hands it to the browser as a save; returns its name. */
export async function download(path, fallbackName, onProgress) {
  const response = await send(path, { accept: '*/*' });
  const blob = await readWithProgress(response, onProgress);
  const name = fileNameOf(response.headers.get('content-disposition')) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the save in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/**
 * The body as a blob, reporting `{ bytes, lines }` as it streams in (at most every 200 ms and
 * once at the end): a CSV export writes one line per row, so the page can show rows written.
 */
async function readWithProgress(response, onProgress) {
  if (!onProgress || !response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks = [];
  let bytes = 0;
  let lines = 0;
  let shown = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
    for (let index = value.indexOf(10); index !== -1; index = value.indexOf(10, index + 1)) lines++;
    if (performance.now() - shown > 200) {
      shown = performance.now();
      onProgress({ bytes, lines, done: false });
    }
  }
  onProgress({ bytes, lines, done: true });
  return new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' });
}

function fileNameOf(disposition) {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : null;
}
