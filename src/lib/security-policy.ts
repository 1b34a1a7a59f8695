/**
 * The site's Content-Security-Policy. Everything comes from the site itself: scripts are files
 * (no inline code, no eval; Pagefind's WebAssembly needs 'wasm-unsafe-eval', its worker may be a
 * blob), styles are files, and nothing is fetched from another origin. The same policy is sent
 * as a header by hosts that read public/_headers, which can also forbid framing (a <meta> CSP
 * cannot carry frame-ancestors).
 */

/** The directives shared by the <meta> tag and the _headers file. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The policy as one header value. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');
