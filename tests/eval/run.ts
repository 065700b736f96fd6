/**
 * `npm run eval`: every accuracy figure the README quotes, on the labeled sets in
 * ../shared/eval, with the peers' figures computed on the same sets beside ours.
 * Prints one JSON document; `--pretty` adds the human-readable tables each
 * evaluator prints on its own.
 */
import { evaluateAttribution } from './attribution.ts';
import { evaluateTopic } from './topic.ts';
import { evaluateEvents } from './events.ts';

async function main(): Promise<void> {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of [
    ['attribution', evaluateAttribution],
    ['topic', evaluateTopic],
    ['events', evaluateEvents],
  ] as const) {
    const t0 = Date.now();
    try {
      out[name] = await fn();
    } catch (err) {
      out[name] = { error: err instanceof Error ? err.message : String(err) };
      process.exitCode = 1;
    }
    console.error(`eval: ${name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  console.log(JSON.stringify(out, null, 2));
}

void main();
