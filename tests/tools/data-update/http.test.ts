/** One HTTP GET of the updater, and what it says when something goes wrong. */
import { describe, expect, it } from 'vitest';
import {
  contentTypeMatches,
  credentialsApart,
  download,
  networkFailure,
} from '../../../tools/data-update/http.ts';
import { rejection, sendCsv, sendJson, useTestResources } from './support.ts';

const { server } = useTestResources();

describe('contentTypeMatches', () => {
  it.each<[string | null, 'json' | 'csv', boolean]>([
    ['application/json; charset=utf-8', 'json', true],
    ['application/problem+json', 'json', true],
    ['text/html', 'json', false],
    ['text/csv;charset=UTF-8', 'csv', true],
    ['application/csv', 'csv', true],
    ['text/html; charset=utf-8', 'csv', false],
    [null, 'csv', false],
  ])('%j for %s: %s', (contentType, expected, matches) => {
    expect(contentTypeMatches(contentType, expected)).toBe(matches);
  });
});

describe('networkFailure', () => {
  it('describes DNS and connection errors in words', () => {
    const dns = Object.assign(new TypeError('fetch failed'), {
      cause: { code: 'ENOTFOUND', hostname: 'api.unhcr.example' },
    });
    expect(networkFailure(dns, false, 30_000).message).toBe(
      'DNS error: could not resolve host api.unhcr.example (ENOTFOUND)',
    );
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: { code: 'ECONNREFUSED', address: '127.0.0.1', port: 9 },
    });
    expect(networkFailure(refused, false, 30_000).message).toBe(
      'connection error: connection refused by 127.0.0.1:9 (ECONNREFUSED)',
    );
    expect(networkFailure(new Error('aborted'), true, 500).message).toBe(
      'timed out: no complete answer within 0.5 s',
    );
  });
});

describe('download', () => {
  it('gives the body of a good answer as text', async () => {
    const { origin } = await server((_request, response) => sendCsv(response, 'a,b\r\n1,ñ\r\n'));
    await expect(download(`${origin}/x.csv`, { timeoutMs: 5000, expect: 'csv' })).resolves.toBe(
      'a,b\r\n1,ñ\r\n',
    );
  });

  it('refuses a body larger than it accepts', async () => {
    const { origin } = await server((_request, response) => sendJson(response, { items: 'x'.repeat(2000) }));
    const error = await rejection(download(origin, { timeoutMs: 5000, expect: 'json', maxBytes: 1000 }));
    expect(error.message).toBe('the body is larger than 1000 bytes: refusing it');
  });

  it('refuses a body that is not UTF-8 text', async () => {
    const { origin } = await server((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.end(Buffer.from([0x61, 0x2c, 0xff, 0x0a]));
    });
    const error = await rejection(download(origin, { timeoutMs: 5000, expect: 'csv' }));
    expect(error.message).toBe('the body is not valid UTF-8 text');
  });
});

describe('credentialsApart', () => {
  it('moves a user and password into a Basic authorization header', () => {
    expect(credentialsApart('https://editor:p%40ss@example.org/a.csv')).toEqual({
      url: 'https://example.org/a.csv',
      authorization: `Basic ${Buffer.from('editor:p@ss').toString('base64')}`,
    });
    expect(credentialsApart('https://example.org/a.csv')).toEqual({ url: 'https://example.org/a.csv' });
  });

  it('downloads from a URL with credentials, sending them as a header', async () => {
    let seen: string | undefined;
    const { origin } = await server((request, response) => {
      seen = request.headers.authorization;
      sendCsv(response, 'a\r\n1\r\n');
    });
    const text = await download(origin.replace('http://', 'http://editor:secret@'), {
      timeoutMs: 5000,
      expect: 'csv',
    });
    expect(text).toBe('a\r\n1\r\n');
    expect(seen).toBe(`Basic ${Buffer.from('editor:secret').toString('base64')}`);
  });
});
