/**
 * Vite plugins that make the built deck a hosted site (used by vite.config.ts, which Slidev loads
 * for `slidev`, `slidev build` and `slidev export`):
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
import type { SlidevPluginOptions } from '@slidev/types'
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite'
import type { DeckSlide } from '../data/deck.ts'
import { existsSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import process from 'node:process'
import MarkdownIt from 'markdown-it'
import { VitePWA } from 'vite-plugin-pwa'
import { plan } from '../../data/plan.ts'
import { sources } from '../../data/sources.ts'
import { loadDeck } from '../data/deck.ts'
import { cutoffText, dataCutoff } from '../deck/cutoff.ts'
import { plannedTotal, talkOutline } from '../deck/plan.ts'
import { PREFER_SLIDES, READING_FILE, READING_TEXT, SLIDES_SCREEN, VIEW_PREFERENCE_KEY } from '../deck/reading.ts'
import { MAIN_SECTIONS } from '../deck/sections.ts'
import { clientPatches } from './client-patches.ts'
import { codePoints, codePointsInOrder, COVER_FAMILY_SUFFIX, generateSubsetFonts, isGlyphSource, parseFontFaces, pointsIn } from './fonts.ts'
import { prevalidatedData } from './prevalidated-data.ts'
import { META_CONTENT_SECURITY_POLICY } from './security-headers.ts'
import { DESCRIPTION, OG_IMAGE, PDF_FILE, THEME_COLOR, TITLE } from './site-meta.ts'
import { NO_ADDRESS_NOTE, qrSvg, talkAddress } from './talk-address.ts'

export { OG_IMAGE, PDF_FILE, THEME_COLOR }
export const OG_SIZE = { width: 1200, height: 675 }
/** Where lib/site/fonts.ts writes the subset fonts; styles/index.css imports fonts.css from there. */
export const FONTS_DIR = 'styles/generated'

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

const TALK_ADDRESS_ID = 'virtual:talk-address'

/**
 * `virtual:talk-address`: `{ url, qr }`, the talk's address and its QR code as SVG markup, or
 * both undefined without an address (said once, when the server or build starts).
 */
export function talkAddressPlugin(env: Pick<SiteEnv, 'siteUrl'>): Plugin {
  return {
    name: 'deck:talk-address',
    configResolved() {
      if (!env.siteUrl)
        console.warn(NO_ADDRESS_NOTE)
    },
    resolveId: id => (id === TALK_ADDRESS_ID ? `\0${TALK_ADDRESS_ID}` : undefined),
    load(id) {
      if (id !== `\0${TALK_ADDRESS_ID}`)
        return undefined
      const talk = env.siteUrl ? { url: env.siteUrl, qr: qrSvg(env.siteUrl) } : {}
      return `export default ${JSON.stringify(talk)}`
    },
  }
}

/**
 * Whether the public build keeps the speaker notes (for the reading view): the build switch
 * (`build:site -- --notes` / `--no-notes`) if given, else the headmatter's `publicNotes`, else
 * true — the handout PDF publishes the notes already.
 */
export function publicNotes(flag: boolean | undefined, headmatter: Record<string, unknown>): boolean {
  if (flag !== undefined)
    return flag
  const value = headmatter.publicNotes
  if (value === undefined || value === null)
    return true
  if (typeof value !== 'boolean')
    throw new Error(`slides.md: headmatter "publicNotes" must be true or false, not ${JSON.stringify(value)}`)
  return value
}

/**
 * The head's metadata under the base path (or at the site URL): the preview image, the touch
 * icon, og:url and canonical. The plain metadata (description, theme colour, og:type, the image's
 * size and alt text, …) is in index.html, which Slidev merges into its own head.
 */
export interface HeadTag { tag: string, attrs: Record<string, string> }

export function headTags(base: string, env: Pick<SiteEnv, 'siteUrl'>): HeadTag[] {
  const image = `${env.siteUrl ?? base}${OG_IMAGE}`
  const tags: HeadTag[] = [
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
    { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}favicon.svg` } },
  ]
  if (env.siteUrl) {
    tags.push({ tag: 'meta', attrs: { property: 'og:url', content: env.siteUrl } })
    tags.push({ tag: 'link', attrs: { rel: 'canonical', href: env.siteUrl } })
  }
  return tags
}

/**
 * The plain metadata index.html must carry (tag attribute → content), from the constants the
 * rest of the site uses and the headmatter's author and keywords: Slidev writes those (and the
 * description, from `info`) as JSON strings, quotes and all, unless index.html gives them.
 */
export function plainHeadMeta(headmatter: Record<string, unknown>): Record<string, string> {
  return {
    'name="description"': DESCRIPTION,
    'name="author"': String(headmatter.author ?? ''),
    'name="keywords"': String(headmatter.keywords ?? ''),
    'name="theme-color"': THEME_COLOR,
    'property="og:type"': 'website',
    'property="og:locale"': 'zh_CN',
    'property="og:site_name"': TITLE,
    'property="og:image:type"': 'image/png',
    'property="og:image:width"': String(OG_SIZE.width),
    'property="og:image:height"': String(OG_SIZE.height),
    'property="og:image:alt"': `封面：${TITLE}`,
    'name="twitter:image:alt"': `封面：${TITLE}`,
  }
}

/** The characters of the reading view's first screen (readingFirstGlyphs), both weights. */
async function readingFirstPoints(root: string): Promise<number[]> {
  // What the first slides' components add to their Markdown: the data cut-off, the cover's outline.
  const extra = [cutoffText(dataCutoff(sources)), talkOutline(MAIN_SECTIONS, plannedTotal(plan))].join('')
  const text = readingFirstGlyphs(await loadDeck('slides.md', root), TITLE, extra)
  return codePointsInOrder(text[400] + text[700])
}

/** Subset fonts before Slidev starts; in dev, again when a source gains a new character. */
function subsetFontsPlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'deck:subset-fonts',
    enforce: 'pre',
    async config(config) {
      root = resolve(config.root ?? process.cwd())
      await generateSubsetFonts({ root, outDir: join(root, FONTS_DIR), early: await readingFirstPoints(root) })
      return {
        build: {
          // A font inlined as a data: URL is downloaded with the CSS whether a slide needs it or not.
          assetsInlineLimit: (file: string) => /\.(?:woff2?|ttf|otf|eot)$/.test(file) ? false : undefined,
        },
      }
    },
    configureServer(server) {
      // Only while editing (`slidev`): `slidev export` also runs a dev server, and fonts changing
      // under a running export would give pages of one PDF different fonts.
      if (process.argv.slice(2).includes('export'))
        return
      let timer: NodeJS.Timeout | undefined
      server.watcher.on('change', (file) => {
        if (!isGlyphSource(root, file))
          return
        clearTimeout(timer)
        timer = setTimeout(() => {
          readingFirstPoints(root)
            .then(early => generateSubsetFonts({ root, outDir: join(root, FONTS_DIR), early }))
            .then(r => r.written && server.config.logger.info(`deck: fonts re-subset (${r.glyphs} glyphs)`))
            .catch(error => server.config.logger.error(`deck: font subsetting failed: ${error}`))
        }, 300)
      })
    },
  }
}

/**
 * The PDF's file name for the download link (custom-nav-controls.vue) as `import.meta.env.DECK_PDF`:
 * in a build with the PDF beside it, else empty. Not Slidev's `download` setting, whose URL is
 * used as written (a relative one breaks on /presenter/3) and which would run its own export.
 */
function downloadPlugin(env: SiteEnv): Plugin {
  return {
    name: 'deck:download',
    config: (_, { command }) => ({ define: { 'import.meta.env.DECK_PDF': JSON.stringify(command === 'build' && env.pdf ? PDF_FILE : '') } }),
  }
}

/**
 * The site's PDF and its reading document are made from the built site's own `/print` page
 * (scripts/build-site.ts, as Slidev's `download` build does), so a build keeps Slidev's print
 * route; Slidev turns it on only for `download: true`, which would also run its own export on a
 * fixed port.
 */
export const PRINT_FLAG = '__SLIDEV_FEATURE_PRINT__'

function printRoutePlugin(): Plugin {
  return {
    name: 'deck:print-route',
    enforce: 'post',
    config: (_, { command }) => command === 'build' ? { define: { [PRINT_FLAG]: 'true' } } : undefined,
  }
}

/**
 * What the page shows while the deck's JavaScript loads: the cover itself, as plain HTML drawn by
 * styles/cover.css (the rules layouts/cover.vue uses), on Slidev's letterbox. On a phone on a slow
 * network the visitor sees the cover once the HTML, the stylesheet and the cover's fonts (which
 * the built index.html preloads) have arrived, instead of a blank page until the JavaScript has
 * arrived and run. It sits outside #app, above it, until the first slide has rendered:
 * lib/client/boot.ts (run by setup/main.ts) then removes it.
 *
 * `coverHtml` is the cover slide's content as HTML (see renderCover).
 */
export function bootMarkup(coverHtml: string): string {
  return [
    '<div class="deck-boot" aria-busy="true">',
    '<div class="deck-cover"><div class="deck-cover-band"></div>',
    `<div class="deck-cover-inner"><div class="deck-cover-body">${coverHtml.trim()}</div></div>`,
    '</div></div>',
  ].join('')
}

/** Markdown (with HTML) of the cover slide to HTML, as Slidev would render it without components. */
export function renderCover(markdown: string): string {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false })
  return md.render(markdown)
}

export function injectBoot(html: string, coverHtml: string): string {
  if (!html.includes('<div id="app"></div>'))
    throw new Error('index.html has no empty <div id="app"></div> to put the boot card before')
  return html.replace('<div id="app"></div>', `${bootMarkup(coverHtml)}\n  <div id="app"></div>\n  <noscript>本演示文稿需要启用 JavaScript。</noscript>`)
}

/** The boot card's bold text (styles/cover.css: the kicker and the title); everything else is regular. */
const BOLD_PARTS = /<h1[^>]*>([\s\S]*?)<\/h1>|<div class="cover-kicker">([\s\S]*?)<\/div>/g

const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&[a-z]+;/g, ' ')

/** The boot card's text by font weight. */
export function bootTextByWeight(coverHtml: string): Record<'400' | '700', string> {
  const bold = [...coverHtml.matchAll(BOLD_PARTS)].map(m => textOf(m[1] ?? m[2] ?? '')).join('')
  return { 700: bold, 400: textOf(coverHtml.replace(BOLD_PARTS, '')) }
}

/**
 * The font files (names as lib/site/fonts.ts writes them) that draw the boot card: the faces of
 * `Noto Sans SC Cover` in `fontsCss` whose unicode-range holds a character the card shows in
 * that weight. index.html preloads them, so the card's text is not held up behind the CSS.
 */
export function bootFontFiles(fontsCss: string, cssFile: string, coverHtml: string): string[] {
  const text = bootTextByWeight(coverHtml)
  return parseFontFaces(fontsCss, cssFile)
    .filter(face => face.family === `Noto Sans SC ${COVER_FAMILY_SUFFIX}` && face.style === 'normal')
    .filter(face => pointsIn(face, codePoints(text[face.weight as '400' | '700'] ?? '')).length > 0)
    .map(face => basename(face.file))
}

/** public/deck-start.js: starts the app once the boot card is drawn. */
export const START_SCRIPT = 'deck-start.js'
/** public/read-redirect.js: sends a phone held upright to the reading document, first thing. */
export const REDIRECT_SCRIPT = 'read-redirect.js'

/**
 * The built index.html's entry script → public/deck-start.js, which starts the app once the boot
 * card has been painted and runs the entry's imports one per task (`data-deck-modules`, in the
 * order of Vite's modulepreload links). Without it the browser often runs the app's ~400 KB of
 * modules in one go before its first frame, so a phone shows nothing until the deck has drawn its
 * first slide. The modulepreload links go too: deck-start.js adds them once the card is painted,
 * so that on a slow network the card's stylesheet and fonts do not share the line with the app's
 * JavaScript (Lighthouse mobile on /read, 6 runs: median 0.76 → 0.93, FCP ~2.1–3.2 s → ~1.3 s).
 */
export function deferEntry(html: string, base: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html)
  if (!entry)
    throw new Error('deck: no entry <script type="module" crossorigin src="…"> in the built index.html')
  const modules = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map(m => m[1]!)
  return html
    .replace(/[ \t]*<link rel="modulepreload" crossorigin href="[^"]+">\n?/g, '')
    .replace(entry[0], `<script type="module" crossorigin blocking="render" src="${base}${START_SCRIPT}" data-deck-entry="${entry[1]}" data-deck-modules="${modules.join(' ')}"></script>`)
}

/** How many slides' titles and notes the reading view's first screen shows (at most). */
const READING_FIRST_SLIDES = 2

/**
 * The characters of the reading document's first screen (the bar, the intro, the first slides'
 * titles, text and notes) by font weight, each once, in the order first seen: lib/site/fonts.ts
 * puts them in the first font files, so a phone opening the talk fetches two files a weight, not
 * six. `extra` is other text the first screen shows (the data cut-off line).
 */
export function readingFirstGlyphs(slides: readonly Pick<DeckSlide, 'title' | 'note' | 'content'>[], title: string = TITLE, extra = ''): Record<'400' | '700', string> {
  const unique = (text: string) => [...new Set(Array.from(text.replace(/\s+/g, '')))].join('')
  const first = slides.slice(0, READING_FIRST_SLIDES)
  const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': '\'', '&amp;': '&' }
  const plain = (markdown: string) => renderCover(markdown).replace(/<[^>]+>/g, '').replace(/&(?:lt|gt|quot|#39|amp);/g, e => entities[e]!)
  const texts = first.map(s => plain(s.content))
  return {
    400: unique([title, READING_TEXT.backToSlides, READING_TEXT.subtitle, READING_TEXT.subtitleNoNotes, READING_TEXT.pdf, READING_TEXT.sources, extra, '0123456789/', ...texts, ...first.map(s => plain(s.note))].join('')),
    700: unique([title, READING_TEXT.notes, ...first.map(s => s.title), ...texts].join('')),
  }
}

/**
 * `html` with `markup` right after its viewport meta tag: media queries (the redirect's, the
 * preloads') describe a phone's screen only once the page has said it fits the device's width.
 */
export function afterViewport(html: string, markup: string): string {
  const viewport = /<meta name="viewport"[^>]*>/.exec(html)
  if (!viewport)
    throw new Error('deck: index.html has no <meta name="viewport">')
  return html.replace(viewport[0], `${viewport[0]}\n${markup}`)
}

function headPlugin(env: SiteEnv): Plugin {
  let base = '/'
  let root = process.cwd()
  return {
    name: 'deck:head',
    configResolved(c) {
      base = c.base
      root = c.root
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (html, ctx) => {
        const coverHtml = renderCover((await loadDeck('slides.md', root))[0]?.content ?? '')
        const tags: HtmlTagDescriptor[] = headTags(base, env).map(({ tag, attrs }) => ({ tag, attrs, injectTo: 'head' }))
        if (!ctx.bundle)
          return { html: injectBoot(html, coverHtml), tags }
        // The built site: the boot card's fonts first, then the app started by deck-start.js.
        const fontsCss = join(root, FONTS_DIR, 'fonts.css')
        const wanted = new Set(bootFontFiles(readFileSync(fontsCss, 'utf8'), fontsCss, coverHtml))
        const fonts = Object.values(ctx.bundle)
          .filter(out => out.type === 'asset' && out.originalFileNames.some(f => wanted.has(basename(f))))
          .map(out => out.fileName)
          .sort()
        if (fonts.length !== wanted.size)
          throw new Error(`deck: the build has ${fonts.length} of the boot card's ${wanted.size} font files`)
        const first = [
          // The CSP for hosts that send no headers (GitHub Pages), before anything it governs.
          `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`,
          `<script src="${base}${REDIRECT_SCRIPT}" data-slides-screen="${SLIDES_SCREEN}" data-view-key="${VIEW_PREFERENCE_KEY}" data-view="${PREFER_SLIDES}"></script>`,
          // Not on a phone held upright, which read-redirect.js sends to the reading document.
          ...fonts.map(file => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${base}${file}" media="${SLIDES_SCREEN}">`),
        ]
        return { html: afterViewport(deferEntry(injectBoot(html, coverHtml), base), first.join('\n')), tags }
      },
    },
  }
}

/** The service worker and web manifest: the deck works offline after one visit. */
function pwaPlugins(): Plugin[] {
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

/** After the build: a PNG of the cover, for link previews, taken in the Chromium lib/export/chromium.ts finds. */
function ogImagePlugin(env: SiteEnv): Plugin {
  let config: ResolvedConfig
  return {
    name: 'deck:og-image',
    apply: 'build',
    configResolved(c) {
      config = c
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (!env.ogImage || config.build.ssr)
          return
        const outDir = resolve(config.root, config.build.outDir)
        if (!existsSync(join(outDir, 'index.html')))
          return
        try {
          await captureCover(outDir, config.base, join(outDir, OG_IMAGE))
          config.logger.info(`deck: ${OG_IMAGE} written`)
        }
        catch (error) {
          config.logger.warn(`deck: no ${OG_IMAGE} (${error instanceof Error ? error.message.split('\n')[0] : error}); set DECK_OG_IMAGE=0 to skip it`)
        }
      },
    },
  }
}

/** Screenshots slide 1 of the site in `dir` (built for `base`) into `file`. */
export async function captureCover(dir: string, base: string, file: string): Promise<void> {
  const { chromium } = await import('playwright-chromium')
  const { CHROMIUM_ARGS, findChromium } = await import('../export/chromium.ts')
  const { captureSlide } = await import('../export/capture.ts')
  const { serveStatic } = await import('./static-server.ts')
  const server = await serveStatic({ root: dir, base })
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: OG_SIZE, colorScheme: 'light', deviceScaleFactor: 1, serviceWorkers: 'block' })
    await captureSlide(page, server.url, 1, { query: '?embedded=true', path: file })
  }
  finally {
    await browser.close()
    await server.close()
  }
}

type MarkdownSetup = NonNullable<NonNullable<SlidevPluginOptions['markdown']>['markdownSetup']>
type Markdown = Parameters<MarkdownSetup>[0]
type LinkRule = NonNullable<Markdown['renderer']['rules']['link_open']>

/**
 * markdown-it setup for Slidev (`slidev.markdown.markdownSetup` in vite.config.ts): Slidev opens
 * external Markdown links in a new tab (`target="_blank"`); give them `rel="noopener noreferrer"`
 * as the components' links have.
 */
export function externalLinkRel(md: Markdown): void {
  const previous: LinkRule = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options))
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = tokens[idx]!.attrGet('href') ?? ''
    if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(href))
      tokens[idx]!.attrSet('rel', 'noopener noreferrer')
    return previous(tokens, idx, options, env, self)
  }
}

export function deckSite(env: SiteEnv = siteEnv()): Plugin[] {
  return [
    subsetFontsPlugin(),
    ...clientPatches(),
    prevalidatedData(),
    talkAddressPlugin(env),
    downloadPlugin(env),
    printRoutePlugin(),
    headPlugin(env),
    ...pwaPlugins(),
    ogImagePlugin(env),
  ]
}
