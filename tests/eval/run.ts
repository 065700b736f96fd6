/**
 * `npm run eval`: every accuracy figure the README quotes, on the labeled sets in
 * ../shared/eval, with the peers' figures computed on the same sets beside ours.
 * Prints one JSON document; `--pretty` adds the human-readable tables each
 * evaluator prints on its own.
 */
import { evaluateAttribution } from './attribution.ts';
import { evaluateTopic } from './topic.ts';
import { evaluateEvents } from './events.ts';
import { evaluateTabLook } from './tab-look.ts';
import { runSteps } from '../run-steps.ts';

async function main(): Promise<void> {
  const out = await runSteps('eval', [
    ['attribution', evaluateAttribution],
    ['topic', evaluateTopic],
    ['events', evaluateEvents],
    ['tabLook', evaluateTabLook],
  ]);
  console.log(JSON.stringify(out, null, 2));
}

void main();
