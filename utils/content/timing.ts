/**
 * Main-thread time of one of our steps, as a User Timing measure `<prefix><step>`
 * (the benchmarks read them: `ss:` in the page, `ss:bg:` in the background).
 */
export function recordTask(name: string, start: number, duration: number, prefix = 'ss:'): void {
  try {
    performance.measure(`${prefix}${name}`, { start, duration });
  } catch {
    // User Timing L3 missing: nothing to record.
  }
}
