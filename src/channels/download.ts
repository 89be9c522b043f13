/**
 * Downloads a file over HTTP with a size cap: a declared Content-Length over the cap is
 * refused without reading, and reading stops as soon as the cap is passed (a server may
 * declare nothing, or lie). Used for Telegram file downloads and WhatsApp Cloud API media
 * (which needs the access token as a header).
 */
import type { MediaFetch } from '../core/media.js';

/** How long one download may take in all. */
const DOWNLOAD_TIMEOUT_MS = 60_000;

/** Fetches `url`, giving at most `maxBytes`. */
export async function downloadCapped(url: string, maxBytes: number, timeoutMs = DOWNLOAD_TIMEOUT_MS, headers?: Record<string, string>): Promise<MediaFetch> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: 'error', ...(headers && { headers }) });
    if (!response.ok || !response.body) return { kind: 'unavailable' };
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      return { kind: 'too-large' };
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of response.body) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        controller.abort();
        return { kind: 'too-large' };
      }
      chunks.push(chunk);
    }
    return { kind: 'ok', bytes: Buffer.concat(chunks, total) };
  } catch {
    return { kind: 'unavailable' };
  } finally {
    clearTimeout(timer);
  }
}
