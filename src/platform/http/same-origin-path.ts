const PROBE_ORIGIN = "http://sigap.invalid";

/**
 * A `?next=` target reduced to a path on this site, or `fallback`. Browsers forgive a lot in a URL — a
 * backslash counts as a slash, tabs and new lines are dropped — so "/\evil.example" and "/\t/evil.example"
 * both lead off-site; we resolve the value the way a browser would and keep it only if it stays here.
 */
export function sameOriginPath(next: string | undefined | null, fallback: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (!next?.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
