// The renderer's CSP: only our own scripts and styles, no inline script, no remote origins,
// no network. Written into index.html at build time and sent as a header by the app protocol.
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The same policy for a <meta> tag, which cannot carry frame-ancestors (browsers ignore it there). */
export const metaContentSecurityPolicy = contentSecurityPolicy
  .split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');
