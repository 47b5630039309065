/**
 * What makes a web address safe to publish, decided once for content fields (`webUrl`), links in news
 * bodies (the body policy) and the link plugin: where it leads (this site or elsewhere), whether it
 * carries a credential, and whether its host could pass for another site's.
 */
import { domainToUnicode } from 'node:url';

/** A scheme at the start of an address: `https:`, `mailto:`, `javascript:`. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * True for an address that leaves the site: one with a scheme (`https://…`, and `https:evil.example`,
 * which a browser resolves against the page's own scheme, so it may lead anywhere), and a
 * protocol-relative one (`//evil.example`, or `\\evil.example`, which browsers read the same way).
 * Only a path (`/en/news/`), a relative address (`../x/`) or a fragment (`#notes`) stays on the site.
 */
export function leavesSite(href: string): boolean {
  const address = href.trim();
  return SCHEME.test(address) || /^[\\/]{2}/.test(address);
}

/**
 * The scripts a host label's letters belong to. Digits and hyphens belong to none. Japanese mixes
 * Han with kana and Korean Han with Hangul by nature: those pairs count as one script.
 */
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Devanagari',
  'Bengali',
  'Thai',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);
const SAME_WRITING: Record<string, string> = { Hiragana: 'Han', Katakana: 'Han', Hangul: 'Han' };

function scriptsOf(label: string): Set<string> {
  const found = new Set<string>();
  for (const character of label) {
    if (!/\p{L}/u.test(character)) continue;
    const script = SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(character))?.[0] ?? 'Other';
    found.add(SAME_WRITING[script] ?? script);
  }
  return found;
}

/** Why an address must not be published, with what to write instead; undefined when it may be. */
export interface AddressProblem {
  message: string;
  fix: string;
}

/**
 * Problems of an absolute or protocol-relative http(s) address: a user name or password in it (published, it would hand
 * the credential to every reader), a scheme without `//` (`https:evil.example`), and a host label
 * that mixes scripts (a Cyrillic а among Latin letters: a look-alike of another site's name).
 */
export function addressProblem(href: string): AddressProblem | undefined {
  // A protocol-relative address leads to a host as surely as an absolute one: judged as https.
  const address = href.trim().replace(/^[\\/]{2}/, 'https://');
  if (/^https?:(?!\/\/)/i.test(address)) {
    return {
      message: 'has a scheme without // (a browser may read it as a path or as another site)',
      fix: `write the whole address, ${address.replace(/^(https?):\/?/i, '$1://')}`,
    };
  }
  if (!/^https?:\/\//i.test(address)) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined; // Not an address at all: the callers' own rules say so.
  }
  // The authority as written: `new URL` may have moved a malformed one elsewhere.
  const authority = /^https?:\/\/([^/?#]*)/i.exec(address)?.[1] ?? '';
  if (url.username !== '' || url.password !== '' || authority.includes('@')) {
    return {
      message: 'holds a user name or password (everything before @ would be published to every reader)',
      fix: `write the address without them, ${url.protocol}//${url.host}${url.pathname}${url.search}${url.hash}`,
    };
  }
  for (const label of domainToUnicode(url.hostname).split('.')) {
    const scripts = scriptsOf(label);
    if (scripts.size > 1) {
      return {
        message: `has a host that mixes ${[...scripts].join(' and ')} letters ("${label}"), as look-alikes of other sites do`,
        fix: 'retype the address in plain letters, or copy it from the browser’s address bar',
      };
    }
  }
  return undefined;
}

/**
 * An absolute http(s) address with a non-ASCII host written in ASCII (punycode: `xn--…`), the form
 * no look-alike letter can disguise; any other address unchanged.
 */
export function withAsciiHost(href: string): string {
  if (!/^https?:\/\//i.test(href) || !/[^\x00-\x7f]/.test(/^https?:\/\/([^/?#]*)/i.exec(href)?.[1] ?? '')) {
    return href;
  }
  try {
    return new URL(href).href;
  } catch {
    return href;
  }
}
