/**
 * The editor's Content-Security-Policy: what Sveltia CMS needs beyond the site's policy, and nothing
 * more. Only /admin/ gets it (its page adds these directives to the `<meta>` policy Astro writes;
 * public/_headers sends the same as a header, with `frame-ancestors`, which only a header can carry).
 *
 * - Styles: the CMS injects `<style>` elements as it renders, so its page allows inline styles.
 * - The GitHub API (REST and GraphQL) to read and save, GitHub's status API (the CMS warns editors
 *   of an outage), avatars of signed-in users; `data:` and `blob:` for the files it reads and previews.
 * - Frames: the preview pane only, a document the CMS makes (`blob:`).
 * - Scripts: its own bundle, from this site; no `eval`, no inline script, no CDN.
 */
const GITHUB_API = 'https://api.github.com';
const GITHUB_STATUS = 'https://www.githubstatus.com';
const GITHUB_AVATARS = 'https://avatars.githubusercontent.com';

export const ADMIN_CONNECT_SRC = ["'self'", 'data:', 'blob:', GITHUB_API, GITHUB_STATUS];
export const ADMIN_IMG_SRC = ["'self'", 'data:', 'blob:', GITHUB_AVATARS];
/** The preview pane: a frame the CMS writes from a `blob:` address, with the site's stylesheet. */
export const ADMIN_FRAME_SRC = ['blob:'];

/** What the page adds to the site's `<meta>` policy (Astro merges a directive it already has). */
export const ADMIN_DIRECTIVES: readonly (
  `img-src ${string}` | `connect-src ${string}` | `frame-src ${string}`
)[] = [
  `img-src ${ADMIN_IMG_SRC.join(' ')}`,
  `connect-src ${ADMIN_CONNECT_SRC.join(' ')}`,
  `frame-src ${ADMIN_FRAME_SRC.join(' ')}`,
];

/** The header policy of `/admin/*` in public/_headers, whole (a test keeps the two equal). */
export const ADMIN_HEADER_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  `img-src ${ADMIN_IMG_SRC.join(' ')}`,
  `connect-src ${ADMIN_CONNECT_SRC.join(' ')}`,
  `frame-src ${ADMIN_FRAME_SRC.join(' ')}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
  "form-action 'self'",
].join('; ');
