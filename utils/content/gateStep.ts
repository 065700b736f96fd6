/**
 * What the small gate script reads after the address step passed: the few words
 * the background's title-and-description topic check needs. Kept in its own
 * module so that script bundles nothing but the gate and this.
 */
import type { QuickPage } from '../topic/score';

function metaContent(doc: Document, sel: string): string | undefined {
  const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
  return v ? v.slice(0, 2000) : undefined;
}

export function quickPageOf(doc: Document, url: string): QuickPage {
  const title = (metaContent(doc, 'meta[property="og:title"]') ?? doc.title ?? '').slice(0, 2000);
  const description = metaContent(doc, 'meta[property="og:description"]') ?? metaContent(doc, 'meta[name="description"]');
  return { title, description, url: url.slice(0, 4000) };
}
