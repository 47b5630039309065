/**
 * One HTTP GET with a deadline covering connection, headers and the whole body, and a
 * description in plain words of whatever went wrong (DNS, refused connection, timeout, HTTP status,
 * content type, cut-off body).
 */
import { UpdateFailure } from './failure.ts';

export type Expected = 'json' | 'csv';

export interface DownloadOptions {
  timeoutMs: number;
  expect: Expected;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
}

const ACCEPT: Record<Expected, string> = {
  json: 'application/json',
  csv: 'text/csv',
};

/** True when a Content-Type header value is one the caller expects. */
export function contentTypeMatches(contentType: string | null, expect: Expected): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (expect === 'json') return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
  return type === 'text/csv' || type === 'application/csv';
}

/**
 * A URL's user name and password as an HTTP Basic `Authorization` header, and the URL without them:
 * fetch refuses a URL that carries credentials, and one that did would print them in its errors.
 */
export function credentialsApart(url: string): { url: string; authorization?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url };
  }
  if (!parsed.username && !parsed.password) return { url };
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  return {
    url: parsed.toString(),
    authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
  };
}

/** Downloads `url` and returns its body as text, or throws an UpdateFailure saying what failed. */
export async function download(address: string, options: DownloadOptions): Promise<string> {
  const { timeoutMs, expect, maxBytes = 50_000_000 } = options;
  const { url, authorization } = credentialsApart(address);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        redirect: 'follow',
        headers: {
          accept: ACCEPT[expect],
          'user-agent': 'peru-migration-profile data-update',
          ...(authorization ? { authorization } : {}),
        },
      });
    } catch (error) {
      throw networkFailure(error, controller.signal.aborted, timeoutMs);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new UpdateFailure(
        `HTTP error ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      );
    }
    const contentType = response.headers.get('content-type');
    if (!contentTypeMatches(contentType, expect)) {
      await response.body?.cancel().catch(() => {});
      throw new UpdateFailure(
        `wrong content type ${contentType === null ? '(none)' : `"${contentType}"`}: expected ${
          expect === 'json' ? 'JSON (application/json)' : 'CSV (text/csv)'
        }`,
      );
    }
    const declared = response.headers.get('content-encoding') ? null : response.headers.get('content-length');
    const expectedBytes = declared === null ? null : Number(declared);
    const bytes = await readBody(response, maxBytes, expectedBytes, controller.signal, timeoutMs);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UpdateFailure('the body is not valid UTF-8 text');
    }
  } finally {
    clearTimeout(timer);
  }
}

async function readBody(
  response: Response,
  maxBytes: number,
  expectedBytes: number | null,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader) {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.byteLength;
        if (received > maxBytes) {
          await reader.cancel().catch(() => {});
          throw new UpdateFailure(`the body is larger than ${maxBytes} bytes: refusing it`);
        }
        chunks.push(value);
      }
    } catch (error) {
      if (error instanceof UpdateFailure) throw error;
      if (signal.aborted) throw timeoutFailure(timeoutMs, received);
      const of = expectedBytes === null ? '' : ` of the ${expectedBytes} announced by Content-Length`;
      throw new UpdateFailure(
        `truncated body: the connection closed after ${received} bytes${of} (${describeCause(error)})`,
      );
    }
  }
  if (expectedBytes !== null && Number.isFinite(expectedBytes) && received < expectedBytes) {
    throw new UpdateFailure(
      `truncated body: got ${received} bytes of the ${expectedBytes} announced by Content-Length`,
    );
  }
  const body = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

function timeoutFailure(timeoutMs: number, received?: number): UpdateFailure {
  const got = received === undefined ? '' : ` (${received} bytes of the body had arrived)`;
  return new UpdateFailure(`timed out: no complete answer within ${timeoutMs / 1000} s${got}`);
}

/** Describes an error thrown by fetch() itself: DNS, connection, TLS or the deadline. */
export function networkFailure(error: unknown, aborted: boolean, timeoutMs: number): UpdateFailure {
  if (aborted) return timeoutFailure(timeoutMs);
  const cause = (error as { cause?: { code?: string; hostname?: string; address?: string; port?: number } })
    ?.cause;
  const code = cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return new UpdateFailure(
      `DNS error: could not resolve host ${cause?.hostname ?? ''} (${code})`.replace('  ', ' '),
    );
  }
  if (code === 'ECONNREFUSED') {
    const where = cause?.address ? ` by ${cause.address}${cause.port ? `:${cause.port}` : ''}` : '';
    return new UpdateFailure(`connection error: connection refused${where} (ECONNREFUSED)`);
  }
  return new UpdateFailure(`connection error: ${describeCause(error)}`);
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const message = error instanceof Error ? error.message : String(error);
  if (cause?.code || cause?.message) {
    return [cause.code, cause.message].filter(Boolean).join(': ') || message;
  }
  return message;
}
