/**
 * Topic scoring: how much an item (headline, post or full article) is about a topic.
 *
 * The item is cut into three zones — title, lede (first ~2 paragraphs / ~600 chars
 * of text), body (the rest) — because the labeling guide judges an item by its
 * title and opening: a war mentioned only deep in the body is a mention in passing.
 *
 * Per term and zone:
 *  - title: weight × 2, repeated mentions add half each;
 *  - lede:  weight × mentions (up to 3);
 *  - body:  weight × mentions per 100 words (density, so one mention in a long
 *           article weighs almost nothing), the body total capped per role.
 *
 * Roles (see `match.ts`): anchors add up freely; context and generic terms add
 * up freely only once anchors reach half a point. Without that, they count only
 * in title and lede, and only as a pair within one zone: 2 × min(context, generic)
 * — "Israeli strike kills five" passes, "Netanyahu's chef" (context only) and
 * "ceasefire in Sudan" (generic only) do not. Outside the topic's active periods
 * (dated items only) a pair counts 1 × min and cannot carry an item alone.
 * A promoted term (e.g. "hostages" after Oct 7, 2023) is "dual": it can stand on
 * either side of a pair, but a pair needs two different terms.
 * Negative terms (other conflicts, non-military senses) subtract.
 * An anchor standing in a list of other armed groups or crisis countries counts 0.3.
 * Two more passing-mention guards: a long body that never names the topic halves
 * the lede; a title naming another conflict (and not ours) halves everything.
 */
import type { TopicProfile, TopicReason, TopicScore } from '../types';
import {
  compileProfile,
  findMatches,
  tokenize,
  type CompiledProfile,
  type TermMatch,
  type Token,
  type TopicProfileSpec,
} from './match';

export interface TopicDoc {
  title?: string;
  /** Body text, paragraphs separated by blank lines or newlines. */
  text?: string;
  /** Opening of the item; when absent it is cut from `text`. */
  lede?: string;
  /** Publication date (YYYY-MM-DD, YYYY-MM or YYYY): enables date-gated terms such as "October 7". */
  date?: string;
}

type Zone = TopicReason['where'];

/** Zone multipliers and body normalization (see file comment). */
export const SCORING = {
  titleWeight: 2,
  /** Each repeated title mention adds this share of the first. */
  titleRepeat: 0.5,
  ledeMaxCount: 3,
  ledeChars: 600,
  ledeMinChars: 200,
  ledeParagraphs: 2,
  /** Body counts are per this many words... */
  bodyPerWords: 100,
  /** ...with at least this many words in the denominator, so short bodies are not inflated. */
  bodyMinWords: 150,
  /** Cap of a role's body total: a long, dense body cannot stand in for the title. */
  bodyCap: 3,
  /** Anchor total from which context and generic terms count everywhere. */
  anchorGate: 0.5,
  /** Share of body anchors that counts towards `anchorGate`. */
  bodyAnchorShare: 0.5,
  /** ...and all of them when the title names a context actor (Israel, the Palestinians, an Israeli leader). */
  titledBodyAnchorShare: 1,
  /** Weight of an anchor met in a list of other armed groups or crisis countries. */
  listDiscount: 0.3,
  /** A body at least this long that never names the topic halves the lede's evidence. */
  silentBodyWords: 150,
  silentBodyFactor: 0.5,
  /** Positive evidence is scaled by this when the title names another conflict and not ours. */
  otherTitleFactor: 0.5,
} as const;

/** Splits text into lede (first paragraphs, ~200–600 chars) and body. */
export function splitLede(text: string, maxChars: number = SCORING.ledeChars): { lede: string; body: string } {
  if (text.length <= maxChars) return { lede: text, body: '' };
  const paraRe = /\n\s*\n|\n/g;
  let end = 0;
  let paras = 0;
  let m: RegExpExecArray | null;
  while ((m = paraRe.exec(text)) !== null) {
    if (m.index > maxChars) break;
    if (text.slice(end, m.index).trim()) paras += 1;
    end = m.index + m[0].length;
    // Two paragraphs make the opening, unless they are a dateline and a kicker: then read on.
    if (paras >= SCORING.ledeParagraphs && end >= SCORING.ledeMinChars) break;
  }
  if (end < SCORING.ledeMinChars) {
    // A long first paragraph: cut after the last sentence end (or space) before the limit.
    const head = text.slice(0, maxChars);
    const dot = Math.max(head.lastIndexOf('. '), head.lastIndexOf('." '), head.lastIndexOf('? '), head.lastIndexOf('.\n'));
    end = dot > SCORING.ledeMinChars ? dot + 2 : Math.max(head.lastIndexOf(' ') + 1, 1);
  }
  return { lede: text.slice(0, end), body: text.slice(end) };
}

/** Compares an item date with a term's start date; an unknown date fails (precision first). */
export function dateOnOrAfter(date: string | undefined, since: string): boolean {
  if (!date) return false;
  const d = date.trim();
  let full: string;
  // A bare year or month is read as its last day: "2023" may be after Oct 7, 2023.
  if (/^\d{4}$/.test(d)) full = `${d}-12-31`;
  else if (/^\d{4}-\d{2}$/.test(d)) full = `${d}-31`;
  else if (/^\d{4}-\d{2}-\d{2}/.test(d)) full = d.slice(0, 10);
  else return false;
  return full >= since;
}

/** Is the item dated within one of the profile's periods? Undated items are read as current news. */
export function inPeriod(profile: TopicProfile, date: string | undefined): boolean {
  const periods = (profile as TopicProfileSpec).periods;
  if (!periods || periods.length === 0 || !date || !/^\d{4}/.test(date.trim())) return true;
  const d = date.trim();
  // A bare year or month overlaps a period if any of its days does.
  const first = /^\d{4}$/.test(d) ? `${d}-01-01` : /^\d{4}-\d{2}$/.test(d) ? `${d}-01` : d.slice(0, 10);
  const last = /^\d{4}$/.test(d) ? `${d}-12-31` : /^\d{4}-\d{2}$/.test(d) ? `${d}-31` : d.slice(0, 10);
  return periods.some((p) => last >= p.from && (p.to === undefined || first <= p.to));
}

/** Roles that only count in pairs when no anchor is present. */
const PAIRED: readonly string[] = ['context', 'generic', 'dual'];

const SEPARATOR_RE = /^\s*(?:,|;|\/|&|and|or|,\s*(?:and|or))\s*$/i;

/** Is the match an item of a list with another armed group ("al-Qaeda, Hamas, Hezbollah")? */
function inPeerList(text: string, toks: readonly Token[], m: TermMatch, peers: Set<string>): boolean {
  if (peers.size === 0) return false;
  const first = toks[m.index] as Token;
  const last = toks[m.index + m.length - 1] as Token;
  for (let k = 1; k <= 2; k++) {
    const li = m.index - k;
    if (li >= 0) {
      const name = toks.slice(li, m.index).map((t) => t.lower).join(' ');
      const prev = toks[m.index - 1] as Token;
      if (peers.has(name) && SEPARATOR_RE.test(text.slice(prev.end, first.start))) return true;
    }
    const ri = m.index + m.length;
    if (ri + k <= toks.length) {
      const name = toks.slice(ri, ri + k).map((t) => t.lower).join(' ');
      const next = toks[ri] as Token;
      if (peers.has(name) && SEPARATOR_RE.test(text.slice(last.end, next.start))) return true;
    }
  }
  return false;
}

/** Words that open an analogy: "the same strategy as Hamas", "a siege akin to Gaza's", "compared with Gaza". */
const COMPARISON_RE = /\b(?:akin\sto|similar\sto|compared\s(?:to|with)|comparable\sto|reminiscent\sof|same\s(?:\w+\s){0,2}as|analogous\sto)\s(?:(?:the|a|an)\s)?(?:\w+\s){0,3}$/i;

/**
 * Is the match inside an analogy ("using the same strategy as Hamas in Gaza")? Another story's
 * comparison names our topic without being about it, so it is no evidence at all. Looks back at
 * most 8 words, never past a clause break. Not bare "like" ("a group like Hamas" gives an example).
 */
function inComparison(text: string, toks: readonly Token[], m: TermMatch): boolean {
  const from = toks[Math.max(0, m.index - 8)] as Token;
  const before = text.slice(from.start, (toks[m.index] as Token).start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('\u2014'));
  // Up to three words between the marker and the match: "the same strategy as Hamas in Gaza" (a place right
  // after a compared name is part of the analogy).
  return COMPARISON_RE.test(before.slice(cut + 1));
}

interface Tally {
  term: string;
  role: string;
  weight: number;
  zone: Zone;
  count: number;
  /** Count after list discounts. */
  effective: number;
}

function tallyZone(
  compiled: CompiledProfile,
  text: string,
  zone: Zone,
  date: string | undefined,
  into: Map<string, Tally>,
): number {
  if (!text) return 0;
  const toks = tokenize(text);
  for (const m of findMatches(compiled, toks)) {
    const t = m.term;
    if (t.since && !dateOnOrAfter(date, t.since)) continue;
    // A promoted term keeps its role and gains the other side of the pair: "dual".
    const promoted = t.promote !== null && dateOnOrAfter(date, t.promote.since);
    const role = promoted && t.promote ? (t.promote.role === t.role ? t.role : t.promote.role === 'anchor' ? 'anchor' : 'dual') : t.role;
    const factor = role === 'anchor' && inComparison(text, toks, m) ? 0 : role === 'anchor' && inPeerList(text, toks, m, compiled.peers) ? SCORING.listDiscount : 1;
    const key = `${zone}\u0000${role}\u0000${t.term}`;
    const cur = into.get(key);
    if (cur) {
      cur.count += 1;
      cur.effective += factor;
    } else {
      into.set(key, { term: t.term, role, weight: t.weight, zone, count: 1, effective: factor });
    }
  }
  return toks.length;
}

function zoneValue(t: Tally, bodyWords: number): number {
  switch (t.zone) {
    case 'title':
      return t.weight * SCORING.titleWeight * (1 + SCORING.titleRepeat * (Math.min(t.effective, 3) - 1));
    case 'lede':
      return t.weight * Math.min(t.effective, SCORING.ledeMaxCount);
    case 'body':
      return (t.weight * t.effective * SCORING.bodyPerWords) / Math.max(bodyWords, SCORING.bodyMinWords);
  }
}

/** Scores one item against one topic profile. Pure; the profile's term index is cached. */
export function scoreTopic(profile: TopicProfile, doc: TopicDoc): TopicScore {
  const compiled = compileProfile(profile);
  const title = doc.title ?? '';
  let lede: string;
  let body: string;
  if (doc.lede !== undefined) {
    lede = doc.lede;
    const text = doc.text ?? '';
    body = text.startsWith(lede) ? text.slice(lede.length) : text;
  } else {
    ({ lede, body } = splitLede(doc.text ?? ''));
  }

  const tallies = new Map<string, Tally>();
  tallyZone(compiled, title, 'title', doc.date, tallies);
  tallyZone(compiled, lede, 'lede', doc.date, tallies);
  const bodyWords = tallyZone(compiled, body, 'body', doc.date, tallies);

  // Value of each tally, then body totals capped per role.
  const items = [...tallies.values()].map((t) => ({ t, v: t.weight > 0 ? zoneValue(t, bodyWords) : 0 }));
  const bodyTotal = new Map<string, number>();
  for (const it of items) if (it.t.zone === 'body') bodyTotal.set(it.t.role, (bodyTotal.get(it.t.role) ?? 0) + it.v);
  for (const it of items) {
    if (it.t.zone !== 'body') continue;
    const total = bodyTotal.get(it.t.role) ?? 0;
    if (total > SCORING.bodyCap) it.v *= SCORING.bodyCap / total;
  }

  const sum = (role: string, zones: readonly Zone[]): number =>
    items.reduce((s, it) => (it.t.role === role && zones.includes(it.t.zone) ? s + it.v : s), 0);
  const has = (zone: Zone, roles: readonly string[]): boolean =>
    items.some((it) => it.t.zone === zone && it.v > 0 && roles.includes(it.t.role));
  const ALL: readonly Zone[] = ['title', 'lede', 'body'];
  const TOPICAL = ['anchor', 'context', 'dual'];

  // A long body that never names the topic's actors again: the opening's mention was in passing
  // (a book title, "monitored elections in Gaza" in a career profile).
  if (bodyWords >= SCORING.silentBodyWords && !has('body', TOPICAL)) {
    for (const it of items) if (it.t.zone === 'lede' && it.t.role !== 'negative') it.v *= SCORING.silentBodyFactor;
  }
  // A title naming another conflict and not ours: the item is about that conflict, ours is a comparison.
  if (has('title', ['negative']) && !has('title', TOPICAL)) {
    for (const it of items) if (it.t.role !== 'negative') it.v *= SCORING.otherTitleFactor;
  }

  const anchors = sum('anchor', ALL);
  // Anchors met only in the body need twice the density to vouch for the context around them.
  // A title that names the topic's own side (Israel, the Palestinians) is what the body's anchors are about: they
  // count in full ("Partisan gap emerges over U.S. alliance with Israel" with Hamas all through the body).
  const bodyShare = has('title', ['context']) ? SCORING.titledBodyAnchorShare : SCORING.bodyAnchorShare;
  const anchored =
    sum('anchor', ['title', 'lede']) + bodyShare * sum('anchor', ['body']) >= SCORING.anchorGate;
  // Share of each context/generic/dual contribution that counts, per zone.
  const factor: Partial<Record<Zone, number>> = {};
  let support = 0;
  if (anchored) {
    for (const z of ALL) factor[z] = 1;
    support = sum('context', ALL) + sum('generic', ALL) + sum('dual', ALL);
  } else {
    // No anchor: an actor and an act must meet in the same zone ("Israeli strike kills five"),
    // and count in full only while the topic is in the news.
    const pairWeight = inPeriod(profile, doc.date) ? 2 : 1;
    // An item without a title (a social post) is its own headline: its opening pairs like a title.
    const headless = !title.trim();
    for (const z of ['title', 'lede'] as const) {
      const c = sum('context', [z]);
      const g = sum('generic', [z]);
      // Dual terms ("hostages" after Oct 7) can stand on either side of the pair, never alone.
      const d = sum('dual', [z]);
      const distinct = items.filter((it) => it.t.zone === z && it.v > 0 && PAIRED.includes(it.t.role)).length;
      const boost = z === 'lede' && headless ? SCORING.titleWeight : 1;
      const pair = distinct < 2 ? 0 : boost * Math.min(c + d, g + d, (c + g + d) / 2);
      if (pair <= 0) continue;
      factor[z] = (pair * pairWeight) / (c + g + d);
      support += pairWeight * pair;
    }
  }
  const negative = sum('negative', ALL);
  const score = anchors + support - negative;

  const reasons: TopicReason[] = [];
  for (const { t, v } of items) {
    let w: number;
    if (t.role === 'anchor') w = v;
    else if (t.role === 'negative') w = -v;
    else w = v * (factor[t.zone] ?? 0);
    if (w === 0) continue;
    reasons.push({ term: t.term, where: t.zone, weight: round(w), count: t.count });
  }
  reasons.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.term.localeCompare(b.term));

  return {
    topicId: profile.id,
    topic: profile.name,
    score: round(score),
    onTopic: score >= profile.threshold - 1e-9,
    reasons,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Scores an item against every profile, in the profiles' order. */
export function scoreAllTopics(profiles: readonly TopicProfile[], doc: TopicDoc): TopicScore[] {
  return profiles.map((p) => scoreTopic(p, doc));
}

export interface QuickPage {
  title: string;
  description?: string;
  url?: string;
}

/** Turns a URL into words: the path slug often names the subject ("/israel-gaza-ceasefire-talks"). */
function urlWords(url: string): string {
  let path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: keep the raw path.
  }
  return path.replace(/[-_/.+=?&%]+/g, ' ');
}

/**
 * Cheap pre-score for the page gate, on title, meta description and URL only.
 * True when an anchor or context term of any profile appears (date gates
 * ignored, names in any case), or two different generic terms: high recall,
 * the full score decides.
 */
export function quickTopicCheck(profiles: readonly TopicProfile[], page: QuickPage, genericNeeded: 1 | 2 = 2): boolean {
  const text = `${page.title}\n${page.description ?? ''}\n${page.url ? urlWords(page.url) : ''}`;
  const toks = tokenize(text);
  for (const p of profiles) {
    const compiled = compileProfile(p, true);
    let generic: string | null = null;
    for (const m of findMatches(compiled, toks)) {
      const role = m.term.role;
      if (role === 'anchor' || role === 'context') return true;
      if (role === 'generic') {
        if (genericNeeded === 1 || (generic !== null && generic !== m.term.term)) return true;
        generic = m.term.term;
      }
    }
  }
  return false;
}
