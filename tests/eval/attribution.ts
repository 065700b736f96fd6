/**
 * Attribution evaluation over /work/shared/eval/attribution-*.jsonl (resolved as
 * ../shared from the repo root), with the two peer rules scored the same way.
 *
 *   npx tsx tests/eval/attribution.ts [--pred PRED.jsonl] [--gold GOLD.jsonl] [--json]
 *
 * Metric (eval/README.md): unnamed = anonymous ∪ vague; a predicted unnamed claim
 * is correct when it overlaps a gold claim with an unnamed type; a gold unnamed
 * claim is found when some predicted unnamed claim overlaps it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText, ANALYZER_VERSION } from '../../utils/attribution';
import { segmentSentences } from '../../utils/text';
import type { Claim, ClaimType } from '../../utils/types';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../..');
export const SHARED = path.resolve(REPO_ROOT, '../shared');
export const ATTRIBUTION_SETS = ['seeds', 'polnear-dev', 'ontopic-dev'].map((n) => path.join(SHARED, 'eval', `attribution-${n}.jsonl`));

const UNNAMED = new Set<string>(['anonymous', 'vague']);
const TYPES: ClaimType[] = ['anonymous', 'vague', 'report', 'named', 'institutional'];

export interface GoldDoc {
  id: string;
  text: string;
  title?: string;
  /** The publishing outlet, when the set gives it: the analyzer treats reports credited to it as its own. */
  outlet?: string;
  claims: { start: number; end: number; types: string[] }[];
}
export interface PredClaim {
  start: number;
  end: number;
  type: string;
}

interface RawGoldClaim {
  start?: number;
  end?: number;
  key?: string;
  types: string[];
}

export function readGold(file: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; text: string; title?: string; claims: RawGoldClaim[] };
    const claims: GoldDoc['claims'] = [];
    for (const c of d.claims) {
      let start = c.start;
      let end = c.end;
      if ((start === undefined || end === undefined) && c.key) {
        start = d.text.indexOf(c.key);
        end = start + c.key.length;
      }
      if (start === undefined || end === undefined || start < 0) continue;
      claims.push({ start, end, types: c.types, source: (c as { source?: string }).source, cue: (c as { cue?: string }).cue } as GoldDoc["claims"][number]);
    }
    docs.push({ id: d.id, text: d.text, title: d.title, claims });
  }
  return docs;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export interface SetScores {
  docs: number;
  unnamed: { precision: number; recall: number; f1: number; predicted: number; gold: number };
  perType: Record<string, { precision: number | null; recall: number | null; predicted: number; gold: number }>;
  typeAccuracy: { accuracy: number | null; pairs: number };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function score(docs: GoldDoc[], preds: Map<string, PredClaim[]>): SetScores {
  let upTrue = 0, upAll = 0, ugFound = 0, ugAll = 0, pairs = 0, pairsOk = 0;
  const pt: Record<string, { tp: number; p: number; found: number; g: number }> = {};
  for (const t of TYPES) pt[t] = { tp: 0, p: 0, found: 0, g: 0 };
  for (const d of docs) {
    const pr = preds.get(d.id) ?? [];
    for (const p of pr) {
      const isU = UNNAMED.has(p.type);
      if (isU) {
        upAll++;
        if (d.claims.some((g) => overlaps(p, g) && g.types.some((x) => UNNAMED.has(x)))) upTrue++;
      }
      const bucket = pt[p.type];
      if (bucket) {
        bucket.p++;
        if (d.claims.some((g) => overlaps(p, g) && g.types.includes(p.type))) bucket.tp++;
      }
      for (const g of d.claims) {
        if (!overlaps(p, g)) continue;
        pairs++;
        if (g.types.includes(p.type)) pairsOk++;
      }
    }
    for (const g of d.claims) {
      if (g.types.some((x) => UNNAMED.has(x))) {
        ugAll++;
        if (pr.some((p) => UNNAMED.has(p.type) && overlaps(p, g))) ugFound++;
      }
      for (const t of g.types) {
        const bucket = pt[t];
        if (!bucket) continue;
        bucket.g++;
        if (pr.some((p) => p.type === t && overlaps(p, g))) bucket.found++;
      }
    }
  }
  const P = ratio(upTrue, upAll) ?? 0;
  const R = ratio(ugFound, ugAll) ?? 0;
  const perType: SetScores['perType'] = {};
  for (const t of TYPES) {
    const b = pt[t]!;
    perType[t] = { precision: ratio(b.tp, b.p), recall: ratio(b.found, b.g), predicted: b.p, gold: b.g };
  }
  return {
    docs: docs.length,
    unnamed: { precision: P, recall: R, f1: f1(P, R), predicted: upAll, gold: ugAll },
    perType,
    typeAccuracy: { accuracy: ratio(pairsOk, pairs), pairs },
  };
}

// --- Peer rules --------------------------------------------------------------------------
/** The regex of vis4/citation-needed: each sentence it matches is an anonymous claim. */
const CITATION_NEEDED = /(officials?[^.,]*? sa(?:y|id)|according to[^.,]*? officials?|(said) (?:an?|the)[^.,]*? officials?|condition of anonymity)/i;

function sentencesOf(text: string): { start: number; end: number }[] {
  return segmentSentences(text);
}

export function peerCitationNeeded(docs: GoldDoc[]): Map<string, PredClaim[]> {
  const out = new Map<string, PredClaim[]>();
  for (const d of docs) {
    out.set(d.id, sentencesOf(d.text).filter((s) => CITATION_NEEDED.test(d.text.slice(s.start, s.end))).map((s) => ({ ...s, type: 'anonymous' })));
  }
  return out;
}

export function peerSid21g(docs: GoldDoc[]): Map<string, PredClaim[]> {
  const file = path.join(SHARED, 'eval', 'peers', 'sid21g-anonymity-phrases.txt');
  const phrases = fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim().replace(/^"|"$/g, '').toLowerCase()).filter((l) => l.length > 0);
  const out = new Map<string, PredClaim[]>();
  for (const d of docs) {
    out.set(d.id, sentencesOf(d.text).filter((s) => {
      const low = d.text.slice(s.start, s.end).toLowerCase();
      return phrases.some((p) => low.includes(p));
    }).map((s) => ({ ...s, type: 'anonymous' })));
  }
  return out;
}

export function ourPredictions(docs: GoldDoc[]): Map<string, PredClaim[]> {
  const out = new Map<string, PredClaim[]>();
  for (const d of docs) out.set(d.id, analyzeText(d.text, { title: d.title, ...(d.outlet ? { outlets: [d.outlet] } : {}) }));
  return out;
}

function readPred(file: string): Map<string, PredClaim[]> {
  const out = new Map<string, PredClaim[]>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; claims: PredClaim[] };
    out.set(d.id, d.claims);
  }
  return out;
}

/** Figures for every set as JSON (called by tests/eval/run.ts). */
export async function evaluateAttribution(opts: { gold?: string[]; pred?: string } = {}): Promise<object> {
  const sets = opts.gold ?? ATTRIBUTION_SETS;
  const result: Record<string, unknown> = { analyzerVersion: ANALYZER_VERSION };
  for (const file of sets) {
    if (!fs.existsSync(file)) continue;
    const docs = readGold(file);
    const name = path.basename(file).replace(/^attribution-|\.jsonl$/g, '');
    result[name] = {
      ours: score(docs, opts.pred ? readPred(opts.pred) : ourPredictions(docs)),
      citationNeeded: score(docs, peerCitationNeeded(docs)),
      sid21g: score(docs, peerSid21g(docs)),
    };
  }
  return result;
}

const fmt = (x: number | null | undefined): string => (x === null || x === undefined ? '  -  ' : x.toFixed(2));

function printSet(name: string, r: { ours: SetScores; citationNeeded: SetScores; sid21g: SetScores }): void {
  console.log(`\n== ${name} (${r.ours.docs} docs)`);
  console.log('method           unnamed P    R    F1   (pred/gold)   type-acc (pairs)');
  for (const [label, s] of [['second-source', r.ours], ['citation-needed', r.citationNeeded], ['sid21g phrases', r.sid21g]] as const) {
    console.log(`${label.padEnd(16)} ${fmt(s.unnamed.precision)} ${fmt(s.unnamed.recall)} ${fmt(s.unnamed.f1)}  (${s.unnamed.predicted}/${s.unnamed.gold})      ${fmt(s.typeAccuracy.accuracy)} (${s.typeAccuracy.pairs})`);
  }
  console.log('per type (ours):  ' + TYPES.map((t) => `${t} P ${fmt(r.ours.perType[t]!.precision)} R ${fmt(r.ours.perType[t]!.recall)} (${r.ours.perType[t]!.predicted}/${r.ours.perType[t]!.gold})`).join(' | '));
}

/**
 * Error listing for one set (`--errors [--errors-set NAME]`): missed gold unnamed
 * claims with their labeled source/cue and whatever we predicted over them,
 * then our false unnamed flags with the gold claims they overlap.
 */
function printErrors(setName: string): void {
  const file = ATTRIBUTION_SETS.find((f) => f.includes(setName)) ?? path.resolve(setName);
  const docs = readGold(file);
  const preds = new Map<string, Claim[]>();
  for (const d of docs) preds.set(d.id, analyzeText(d.text, { title: d.title, ...(d.outlet ? { outlets: [d.outlet] } : {}) }));
  const clip = (s: string, n = 220): string => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');
  let miss = 0;
  let fp = 0;
  console.log(`# missed gold unnamed claims (${setName})`);
  for (const d of docs) {
    const pr = preds.get(d.id) ?? [];
    for (const g of d.claims) {
      if (!g.types.some((x) => UNNAMED.has(x))) continue;
      if (pr.some((p) => UNNAMED.has(p.type) && overlaps(p, g))) continue;
      miss++;
      const gg = g as typeof g & { source?: string; cue?: string };
      console.log(`MISS ${d.id} [${g.types.join('+')}] src=${JSON.stringify(gg.source ?? null)} cue=${JSON.stringify(gg.cue ?? null)}`);
      console.log(`  gold: ${clip(d.text.slice(g.start, g.end))}`);
      for (const p of pr.filter((x) => overlaps(x, g))) console.log(`  pred: ${p.type} — ${p.reason}`);
    }
  }
  console.log(`\n# false unnamed flags (${setName})`);
  for (const d of docs) {
    for (const p of preds.get(d.id) ?? []) {
      if (!UNNAMED.has(p.type)) continue;
      if (d.claims.some((g) => overlaps(p, g) && g.types.some((x) => UNNAMED.has(x)))) continue;
      fp++;
      console.log(`FP ${d.id} ${p.type} — ${p.reason}`);
      console.log(`  text: ${clip(d.text.slice(p.start, p.end))}`);
      for (const g of d.claims.filter((x) => overlaps(p, x))) console.log(`  gold: [${g.types.join('+')}] src=${JSON.stringify((g as { source?: string }).source ?? null)}`);
    }
  }
  console.log(`\n${miss} missed, ${fp} false flags`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const get = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const gold = get('--gold');
  const pred = get('--pred');
  const res = (await evaluateAttribution({ gold: gold ? [path.resolve(gold)] : undefined, pred: pred ? path.resolve(pred) : undefined })) as Record<string, unknown>;
  if (args.includes('--errors')) {
    printErrors(get('--errors-set') ?? 'polnear-dev');
    return;
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(res, null, 2));
    return;
  }
  console.log(`analyzer ${String(res.analyzerVersion)}`);
  for (const [k, v] of Object.entries(res)) if (k !== 'analyzerVersion') printSet(k, v as { ours: SetScores; citationNeeded: SetScores; sid21g: SetScores });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
