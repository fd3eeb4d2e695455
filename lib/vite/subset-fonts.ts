import type { Plugin } from 'vite'
import type { DeckSlide } from '../data/deck.ts'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { plan } from '../../data/plan.ts'
import { sources } from '../../data/sources.ts'
import { loadDeck } from '../data/deck.ts'
import { cutoffText, dataCutoff } from '../deck/cutoff.ts'
import { plannedTotal, talkOutline } from '../deck/plan.ts'
import { READING_TEXT } from '../deck/reading.ts'
import { MAIN_SECTIONS } from '../deck/sections.ts'
import { codePointsInOrder, FONTS_DIR, generateSubsetFonts, isGlyphSource } from '../site/fonts.ts'
import { TITLE } from '../site/site-meta.ts'
import { renderCover } from './head.ts'

/** The characters of the reading view's first screen (readingFirstGlyphs), both weights. */
async function readingFirstPoints(root: string): Promise<number[]> {
  // What the first slides' components add to their Markdown: the data cut-off, the cover's outline.
  const extra = [cutoffText(dataCutoff(sources)), talkOutline(MAIN_SECTIONS, plannedTotal(plan))].join('')
  const text = readingFirstGlyphs(await loadDeck('slides.md', root), TITLE, extra)
  return codePointsInOrder(text[400] + text[700])
}

/** Subset fonts before Slidev starts; in dev, again when a source gains a new character. */
export function subsetFontsPlugin(): Plugin {
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
