/**
 * The Content-Security-Policy the built site ships (a meta tag in index.html; the hosting
 * example in the README sends the same as a header, which also covers frame-ancestors).
 * No inline script, no eval, no other origin: a share link cannot inject code, and the page
 * cannot send a policy anywhere. Styles allow 'unsafe-inline' because Monaco sets element
 * styles at run time; styles cannot run script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
