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
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the background injects the gate script (entrypoints/gate.ts) into pages whose
    // title touches a topic, and the analysis script into on-topic articles; the host permissions
    // come from the analysis script's match patterns. tabs: each tab's address and title, read in
    // the background, are every page's first check, so most pages run none of our code.
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
