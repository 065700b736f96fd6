/**
 * What the background's first look at a tab (its address and title only:
 * utils/background/tabWatch.ts) lets through, against the gate's own title and
 * description check, over the real corpus: of the articles the full topic
 * score calls on-topic, how many each check passes (recall), and how many of
 * all articles each lets through (the pages that then pay for the gate script).
 * The corpus has no description field; its first paragraph of prose stands in.
 *
 *   npx tsx tests/eval/tab-look.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { tabDecision } from '../../utils/background/tabWatch.ts';
import { DEFAULT_TOPICS, quickTopicCheck, scoreAllTopics } from '../../utils/topic/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = path.resolve(here, '../../../shared/data/corpus/allsides-articles.jsonl.gz');

export async function evaluateTabLook(): Promise<Record<string, unknown>> {
  if (!fs.existsSync(CORPUS)) return { skipped: `${CORPUS} not found` };
  const lines = zlib.gunzipSync(fs.readFileSync(CORPUS)).toString('utf8').split('\n');
  let articles = 0;
  let onTopic = 0;
  const passed = { tabLook: 0, gateCheck: 0 };
  const onTopicPassed = { tabLook: 0, gateCheck: 0 };
  const missedByTabLook: string[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { title?: string; content_original?: string; url?: string; date?: string };
    const title = r.title ?? '';
    const text = r.content_original ?? '';
    if (!title || text.length < 500) continue;
    articles++;
    const url = r.url && /^https?:\/\//.test(r.url) ? r.url : `https://news.example/${articles}`;
    const description = text.split(/\n\n+/).find((p) => p.length > 80)?.slice(0, 300);
    const tab = tabDecision(DEFAULT_TOPICS, { url, title, status: 'complete' }).inject;
    const gate = quickTopicCheck(DEFAULT_TOPICS, { title, description, url });
    if (tab) passed.tabLook++;
    if (gate) passed.gateCheck++;
    if (!scoreAllTopics(DEFAULT_TOPICS, { title, text, date: r.date ?? '2020-01-01' }).some((s) => s.onTopic)) continue;
    onTopic++;
    if (tab) onTopicPassed.tabLook++;
    else missedByTabLook.push(title);
    if (gate) onTopicPassed.gateCheck++;
  }
  return { articles, onTopic, onTopicPassed, passed, missedByTabLook };
}

if (import.meta.url === `file://${process.argv[1]}`) void evaluateTabLook().then((r) => console.log(JSON.stringify(r, null, 2)));
