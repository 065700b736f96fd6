/**
 * Runs named measurement steps one after another for `npm run eval` and
 * `npm run bench`: each step's JSON lands under its name, a failing step is
 * recorded (and fails the command) without stopping the others.
 */
export async function runSteps(
  label: string,
  steps: readonly (readonly [string, () => Promise<unknown>])[],
  only?: readonly string[],
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of steps) {
    if (only && !only.includes(name)) continue;
    const t0 = Date.now();
    try {
      out[name] = await fn();
    } catch (err) {
      out[name] = { error: err instanceof Error ? err.message : String(err) };
      process.exitCode = 1;
    }
    console.error(`${label}: ${name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return out;
}
