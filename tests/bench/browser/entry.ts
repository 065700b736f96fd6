/**
 * Bundled (esbuild, iife) and evaluated in an extension page: the page shares
 * the extension origin's IndexedDB with the background, so this opens the
 * very database the service worker uses.
 */
import { openDatabase } from '../../../utils/store/db';
import { createStoreBench } from './store-bench';

// The fill goes through a second connection with relaxed durability (bulk load, not measured).
(globalThis as unknown as { __ssBench: unknown }).__ssBench = createStoreBench(openDatabase(), openDatabase(undefined, undefined, { durability: 'relaxed' }));
