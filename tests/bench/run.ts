/**
 * `npm run bench`: speed and scale figures as JSON (never asserted in unit tests).
 * `npm run bench -- --only attribution,chromium` runs a subset;
 * `--store-n 100000` sets the store benchmarks' size (Node fake-indexeddb and real Chromium IndexedDB).
 */
import { benchAttribution } from './attribution.ts';
import { benchTopic } from './topic.ts';
import { benchEvents } from './events.ts';
import { benchPage } from './page.ts';
import { benchStore } from './store.ts';
import { benchChromium } from './chromium.ts';
import { benchChromiumStore } from './chromium-store.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const only = arg('only')?.split(',');
  const storeN = Number(arg('store-n') ?? 100000);
  const benches: [string, () => Promise<Record<string, unknown>>][] = [
    ['attribution', () => benchAttribution()],
    ['topic', () => benchTopic()],
    ['events', () => benchEvents()],
    ['page', () => benchPage()],
    ['store', () => benchStore({ n: storeN })],
    ['chromium', () => benchChromium()],
    ['chromium-store', () => benchChromiumStore({ n: storeN })],
  ];
  const out: Record<string, unknown> = { node: process.version, at: new Date().toISOString() };
  for (const [name, fn] of benches) {
    if (only && !only.includes(name)) continue;
    const t0 = Date.now();
    try {
      out[name] = await fn();
    } catch (err) {
      out[name] = { error: err instanceof Error ? err.message : String(err) };
      process.exitCode = 1;
    }
    console.error(`bench: ${name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  console.log(JSON.stringify(out, null, 2));
}

void main();
