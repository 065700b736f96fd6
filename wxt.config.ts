import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT builds the MV3 (Chrome) and MV2/MV3 (Firefox) packages from entrypoints/.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: utils/ must run in Node without WXT's globals.
  imports: false,
  // MV3 for Firefox too (supported since Firefox 109): one `browser.action` API, one code path.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The gate script (entrypoints/gate.ts) is an unlisted script so that it carries no
    // polyfill; it still runs on every page, as a manifest content script.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: ['http://*/*', 'https://*/*'], js: ['gate.js'], run_at: 'document_idle' },
      ];
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the analysis script is injected only into on-topic articles (its
    // host permissions come from its match patterns, the same sites the gate script runs on).
    permissions: ['storage', 'tabs', 'contextMenus', 'unlimitedStorage', 'scripting'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdToggleHighlights__',
      },
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmdNextClaim__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'second-source@example.org',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
