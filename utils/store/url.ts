/**
 * URL normalization for the article key: the same article reached from a
 * newsletter, a share button or an in-page anchor must land on one record.
 */

export interface TrackingParamGroup {
  why: string;
  /** Lower-case parameter names, or prefixes ending in `*`. */
  params: readonly string[];
  /** URLs that normalize to `normalized`. */
  matches: readonly { url: string; normalized: string }[];
  /** URLs whose query must survive unchanged (content-bearing parameters). */
  mustNotMatch: readonly string[];
}

/** Query parameters that only say where the click came from, never which article. */
export const TRACKING_PARAMS: readonly TrackingParamGroup[] = [
  {
    why: 'Google Analytics campaign tags, added by newsletters and social posts',
    params: ['utm_*'],
    matches: [
      { url: 'https://example.com/a?utm_source=tw&utm_medium=social', normalized: 'https://example.com/a' },
      { url: 'https://example.com/a?id=7&UTM_Campaign=x', normalized: 'https://example.com/a?id=7' },
    ],
    mustNotMatch: ['https://example.com/story?id=12345', 'https://example.com/s?utmost=1'],
  },
  {
    why: 'click identifiers of ad and social platforms and mail tools',
    params: ['fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid'],
    matches: [{ url: 'https://example.com/a/?fbclid=AbC#comments', normalized: 'https://example.com/a' }],
    mustNotMatch: ['https://example.com/news.php?article=88'],
  },
];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.some((g) =>
    g.params.some((p) => (p.endsWith('*') ? n.startsWith(p.slice(0, -1)) : n === p)),
  );
}

/**
 * Drop the fragment, tracking parameters and a trailing slash; lower-case the
 * host (URL does). Anything that does not parse as an absolute URL is kept as
 * given (trimmed) so it still works as a key.
 */
export function normalizeUrl(raw: string): string {
  const trimmed = raw.trim();
  let u: URL;
  try {
    u = new URL(trimmed);
  } catch {
    return trimmed;
  }
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) if (isTracking(name)) u.searchParams.delete(name);
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '') || '/';
  // URL keeps a bare "?" after deleting every parameter; drop it.
  let out = u.toString();
  if (u.search === '' && out.endsWith('?')) out = out.slice(0, -1);
  return out;
}
