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
import { runSteps } from '../run-steps.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const only = arg('only')?.split(',');
  const storeN = Number(arg('store-n') ?? 100000);
  const benches: [string, () => Promise<unknown>][] = [
    ['attribution', () => benchAttribution()],
    ['topic', () => benchTopic()],
    ['events', () => benchEvents()],
    ['page', () => benchPage()],
    ['store', () => benchStore({ n: storeN })],
    ['chromium', () => benchChromium()],
    ['chromium-store', () => benchChromiumStore({ n: storeN })],
  ];
  const out = { node: process.version, at: new Date().toISOString(), ...(await runSteps('bench', benches, only)) };
  console.log(JSON.stringify(out, null, 2));
}

void main();
