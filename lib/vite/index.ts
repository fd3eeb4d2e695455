/**
 * The Vite plugins that make the built deck a hosted site, one per file in this folder (used by
 * vite.config.ts, which Slidev loads for `slidev`, `slidev build` and `slidev export`):
 *
 * - subset fonts: lib/site/fonts.ts cuts the bundled fonts down to the deck's glyphs before anything
 *   renders, and fonts are never inlined into the CSS as data: URLs;
 * - offline: a service worker (vite-plugin-pwa / Workbox) precaches the app, the subset fonts and
 *   KaTeX's woff2 fonts, so after one visit every slide renders with the network gone;
 * - metadata: Open Graph / Twitter image, theme colour, canonical URL when the talk's address
 *   (`homepage` in package.json, lib/site/talk-address.ts) is set;
 * - the talk's address and its QR code for the closing slide and the handout (`virtual:talk-address`);
 * - a preview image of the cover, taken after the build with the Chromium lib/export/chromium.ts finds;
 * - the PDF download button, with a URL under the base path (only when the PDF is built too).
 *
 * Every build is public: slides.md turns the presenter view, drawings and recording on for
 * `slidev` (dev) only. Environment (set by scripts/build-site.ts, or by hand):
 *   DECK_PDF=1           the PDF is put next to the site: show the download button
 *   DECK_OG_IMAGE=0      skip the preview image (no Chromium at hand)
 */
import type { Plugin } from 'vite'
import process from 'node:process'
import { talkAddress } from '../site/talk-address.ts'
import { clientAliasesPlugin } from './client-aliases.ts'
import { definesPlugin } from './defines.ts'
import { headPlugin } from './head.ts'
import { ogImagePlugin } from './og-image.ts'
import { prevalidatedData } from './prevalidated-data.ts'
import { pwaPlugins } from './pwa.ts'
import { subsetFontsPlugin } from './subset-fonts.ts'
import { talkAddressPlugin } from './talk-address.ts'

export interface SiteEnv {
  pdf: boolean
  siteUrl?: string
  ogImage: boolean
}

/** The build's switches from the environment; the site's address is the talk's (`homepage` in `root`'s package.json). */
export function siteEnv(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): SiteEnv {
  return {
    pdf: env.DECK_PDF === '1',
    siteUrl: talkAddress(root),
    ogImage: env.DECK_OG_IMAGE !== '0',
  }
}

export function deckSite(env: SiteEnv = siteEnv()): Plugin[] {
  return [
    subsetFontsPlugin(),
    ...clientAliasesPlugin(),
    prevalidatedData(),
    talkAddressPlugin(env),
    definesPlugin(env),
    headPlugin(env),
    ...pwaPlugins(),
    ogImagePlugin(env),
  ]
}
