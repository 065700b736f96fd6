/**
 * `npm start`: build the extension, serve the demo site on 127.0.0.1 and open it
 * in Chromium with the extension loaded.
 *
 * With a display: a normal browser window with the demo pages in tabs; close the
 * window (or Ctrl-C) to stop. Without one: a headless run that visits the pages,
 * saves screenshots of them and of the popup, and prints their paths.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startDemoServer, repoRoot } from './server.ts';
import { launch, artifact, waitFor, readHighlights } from '../e2e/harness.ts';

async function main(): Promise<void> {
  console.log('Building the extension (wxt build)…');
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: repoRoot, stdio: 'inherit' });
  const server = await startDemoServer(Number(process.env.PORT ?? 0));
  const seedPages = server.pages.filter((p) => p.path !== '/index.html');
  const headed = !!process.env.DISPLAY && process.env.HEADLESS !== '1';
  console.log(`Demo site: ${server.origin}/index.html`);
  const session = await launch({ headless: !headed });

  if (headed) {
    const first = session.context.pages()[0] ?? (await session.context.newPage());
    await first.goto(`${server.origin}/index.html`);
    for (const p of seedPages) await (await session.context.newPage()).goto(server.origin + p.path);
    console.log('Chromium is open with Second Source loaded. Close the window or press Ctrl-C to stop.');
    await new Promise<void>((resolve) => {
      session.context.on('close', () => resolve());
      process.on('SIGINT', () => resolve());
    });
    await server.close();
    return;
  }

  const shots: string[] = [];
  for (const p of seedPages) {
    const page = await session.context.newPage();
    await page.goto(server.origin + p.path);
    // Wait for the analysis to paint (or give up quietly on pages without flags).
    await waitFor(async () => Object.keys(await readHighlights(page)).length > 0, 8000).catch(() => undefined);
    const slug = p.path.replace(/^\//, '').replace(/[^\w]+/g, '-').replace(/-html$/, '');
    const file = artifact(`start-${slug}.png`);
    await page.screenshot({ path: file, fullPage: false });
    shots.push(file);
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 720 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?url=${encodeURIComponent(server.origin + p.path)}`);
    await popup.waitForTimeout(800);
    const pfile = artifact(`start-popup-${slug}.png`);
    await popup.screenshot({ path: pfile, fullPage: true });
    shots.push(pfile);
  }
  await session.close();
  await server.close();
  console.log('No display found: ran headless. Screenshots:');
  for (const s of shots) console.log(`  ${s}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
