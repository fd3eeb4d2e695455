import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { READING_FILE } from '../deck/reading.ts'
import { DESCRIPTION, OG_IMAGE, THEME_COLOR, TITLE } from '../site/site-meta.ts'

/** The service worker and web manifest: the deck works offline after one visit. */
export function pwaPlugins(): Plugin[] {
  const buildRevision = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
  return VitePWA({
    // The deck registers the worker itself (setup/main.ts, `virtual:pwa-register`) and offers a
    // new version when it is waiting; the reading document registers it in public/read.js.
    registerType: 'prompt',
    injectRegister: false,
    workbox: {
      // Everything a slide can need, fonts as woff2 only (every browser that runs a service
      // worker reads woff2); not the PDF or the preview image.
      globPatterns: ['**/*.{js,css,html,woff2,svg,png,ico,webmanifest}'],
      globIgnores: [OG_IMAGE, '404.html', '**/*.pdf'],
      navigateFallback: 'index.html',
      // The reading document is written after the bundle (scripts/build-site.ts): precached by
      // name, under a revision new with every build, and never answered with the deck's page.
      navigateFallbackDenylist: [/\/read(?:\.html)?$/],
      additionalManifestEntries: [{ url: READING_FILE, revision: buildRevision }],
      cleanupOutdatedCaches: true,
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
    manifest: {
      name: TITLE,
      short_name: 'AI大模型',
      description: DESCRIPTION,
      lang: 'zh-CN',
      display: 'fullscreen',
      theme_color: THEME_COLOR,
      background_color: '#ffffff',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
  })
}
