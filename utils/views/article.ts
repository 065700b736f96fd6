/**
 * The popup's article view from the store: the record, its claims, and for each
 * other outlet on the same event what that outlet says about each claim.
 */
import type { ArticleView, ClaimView, OutletCoverageView, PerClaimCoverage } from '../../components/types';
import { getArticleByUrl, getClaims, getEventWithArticles, type ArticleWithClaims } from '../store/articles';
import type { SecondSourceDB, StoredClaim } from '../store/db';
import { alignAll, type ComparableClaim } from '../events/compare';
import { isUnnamed } from '../types';

function claimView(c: StoredClaim): ClaimView {
  return { id: String(c.idx), type: c.type, text: c.text, source: c.source, cue: c.cue, reason: c.reason };
}

function comparable(c: { text: string; type: StoredClaim['type']; source: string | null }): ComparableClaim {
  return { text: c.text, type: c.type, source: c.source };
}

/**
 * What one other outlet's article says about each of our claims: its closest
 * supporting claim (confirms, or puts a name to it) and its closest dispute,
 * when it carries either.
 */
/** A claim of the article the popup is about: stored, or read from the live page (whole, not shortened). */
export type BaseClaim = Pick<StoredClaim, 'idx' | 'text' | 'type' | 'source'>;

export function coverageOf(ours: BaseClaim[], other: ArticleWithClaims): OutletCoverageView {
  const theirs = other.claims;
  const aligned = theirs.length ? alignAll(ours.map(comparable), theirs.map(comparable)) : [];
  const perClaim: PerClaimCoverage[] = [];
  ours.forEach((c, i) => {
    // On-record voices first (a named spokesman who disputes beats an unnamed one), then closeness.
    const onRecord = (a: (typeof aligned)[number]) => (isUnnamed(theirs[a.otherIndex]!.type) ? 0 : 1);
    const mine = aligned.filter((a) => a.baseIndex === i).sort((x, y) => onRecord(y) - onRecord(x) || y.similarity - x.similarity);
    const picks = [mine.find((a) => a.stance !== 'disputes'), mine.find((a) => a.stance === 'disputes')].filter((a) => a !== undefined);
    if (!picks.length) {
      perClaim.push({ claimId: String(c.idx), stance: 'not-covered' });
      return;
    }
    for (const a of picks) {
      const o = theirs[a.otherIndex]!;
      perClaim.push({ claimId: String(c.idx), stance: a.stance, otherText: o.text, otherSource: o.source, otherType: o.type, evidence: a.evidence });
    }
  });
  return {
    outlet: other.outlet,
    originalOutlet: other.originalOutlet,
    title: other.title,
    url: other.url,
    publishedAt: other.publishedAt,
    headlineOnly: theirs.length === 0 && !other.excerpt,
    counts: other.counts,
    perClaim,
  };
}

/**
 * `live`: the claims the content script found on the open page. They are whole
 * (stored claims of auto-captured articles are shortened), so the comparison
 * uses them when the page is open.
 */
export async function buildArticleView(db: SecondSourceDB, url: string, live?: BaseClaim[]): Promise<ArticleView | null> {
  const rec = await getArticleByUrl(db, url);
  if (!rec) return null;
  const claims = await getClaims(db, rec.id);
  let event: ArticleView['event'] = null;
  if (rec.eventId) {
    const ev = await getEventWithArticles(db, rec.eventId);
    if (ev) {
      // One entry per other outlet (its most recent article); the same outlet's other articles add nothing new here.
      const byOutlet = new Map<string, ArticleWithClaims>();
      for (const a of ev.articles) {
        if (a.id === rec.id || a.outlet === rec.outlet) continue;
        const prev = byOutlet.get(a.outlet);
        if (!prev || a.lastSeen > prev.lastSeen) byOutlet.set(a.outlet, a);
      }
      event = { title: ev.event.title, outlets: [...byOutlet.values()].map((a) => coverageOf(live ?? claims, a)) };
    }
  }
  return {
    title: rec.title,
    url: rec.url,
    outlet: rec.outlet,
    originalOutlet: rec.originalOutlet,
    publishedAt: rec.publishedAt,
    counts: rec.counts,
    claims: claims.map(claimView),
    topics: [],
    saved: rec.saved === 1,
    event,
  };
}
