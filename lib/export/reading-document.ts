/**
 * Makes the reading document (lib/export/reading-page.ts) from a served deck: its `/print` page
 * (lib/export/print-deck.ts openPrintPage: every slide rendered in its final state, fonts loaded,
 * no other host asked) is read once — each slide's markup, its data tables and lists, and the CSS
 * that drew it — and put together with the speaker notes from the deck's Markdown. The build writes
 * it into the site (`read.html`); `npm run export:handout` prints it.
 */
import type { Browser, Page } from 'playwright-chromium'
import type { DeckSlide } from '../data/deck.ts'
import type { ReadingSlide } from './reading-page.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import MarkdownIt from 'markdown-it'
import { sources } from '../../data/sources.ts'
import { cutoffText, dataCutoff } from '../deck/cutoff.ts'
import { handoutEntries } from '../deck/handout.ts'
import { DESCRIPTION, OG_IMAGE, TITLE } from '../site/site-meta.ts'
import { qrSvg } from '../site/talk-address.ts'
import { slideSize } from './deck-server.ts'
import { openPrintPage } from './print-deck.ts'
import { readingPage } from './reading-page.ts'

/** What the print page gives for one slide. */
export interface CapturedSlide {
  /** The `.slidev-page` element's markup, its links made text. */
  html: string
  data: string[]
  /** The slide's links (sources), each once, in order. */
  links: { href: string, text: string, title: string }[]
}

export interface CapturedDeck {
  slides: CapturedSlide[]
  css: string
}

/**
 * Runs in the print page (a string: tsx's helpers do not exist there). Per slide: its markup, less
 * its buttons, with the data a screen reader gets (`.sr-only` tables and lists) moved out of it, and copies of its
 * tables and `[data-reading-data]` lists, made visible and unstyled by the slide's scoped CSS (the
 * slide's own copy is then hidden from assistive technology: it would be read twice). Then every
 * stylesheet's rules, their `url()`s made absolute paths on this host.
 */
const CAPTURE = `(() => {
  const DATA = 'table, ol.sr-only, ul.sr-only, [data-reading-data]'
  const slides = [...document.querySelectorAll('.print-slide-container')].map((container) => {
    const page = container.querySelector('.slidev-page').cloneNode(true)
    // Controls (a code block's copy button) do nothing in a static page.
    for (const control of page.querySelectorAll('button'))
      control.remove()
    const data = []
    for (const el of page.querySelectorAll(DATA)) {
      if (el.parentElement.closest(DATA))
        continue
      const copy = el.cloneNode(true)
      for (const node of [copy, ...copy.querySelectorAll('*')]) {
        for (const attr of [...node.attributes]) {
          if (attr.name.startsWith('data-v-'))
            node.removeAttribute(attr.name)
        }
      }
      // Visible: the table or list and its caption (hints inside, such as a link's, stay hidden).
      for (const node of [copy, ...copy.querySelectorAll(':scope > caption')])
        node.classList.remove('sr-only')
      copy.classList.add('reading-data-item')
      data.push(copy.outerHTML)
      if (el.classList.contains('sr-only')) {
        el.remove()
      }
      else {
        el.setAttribute('aria-hidden', 'true')
        for (const link of el.querySelectorAll('a[href]'))
          link.setAttribute('tabindex', '-1')
      }
    }
    // The slide's links are a few pixels tall on a phone: they become text, and the slide's
    // sources are listed beneath it as links at the document's size.
    const links = []
    for (const link of page.querySelectorAll('a[href]')) {
      if (!links.some(l => l.href === link.href))
        links.push({ href: link.href, text: link.textContent.trim(), title: link.getAttribute('title') || '' })
      const span = document.createElement('span')
      span.className = link.className
      span.append(...link.childNodes)
      link.replaceWith(span)
    }
    return { html: page.outerHTML, data, links }
  })
  const local = (url, base) => {
    try {
      const u = new URL(url, base)
      return u.origin === location.origin ? u.pathname + u.search + u.hash : url
    }
    catch {
      return url
    }
  }
  // The deck's dark rules (html.dark …) under the system's preference instead: the document is
  // dark without a script. Text is drawn in a fallback font until its face arrives (swap).
  const DARK = /(^|[\\s,>+~(])(?:html)?\\.dark(?![\\w\\\\-])/
  // A selector part that matches nothing on the print page (Slidev's controls, other views) is
  // left out: a smaller stylesheet the phone matches faster. Undecidable ones are kept.
  const DYNAMIC = /::?(?:hover|focus|focus-visible|focus-within|active|visited|checked|disabled|enabled|placeholder|selection|before|after|marker|first-letter|first-line|backdrop|-webkit-[\\w-]+|-moz-[\\w-]+)(?![\\w-])/g
  const used = (part) => {
    const probe = part.replace(new RegExp(DARK.source, 'g'), '$1:root').replace(DYNAMIC, '').trim() || '*'
    try {
      return document.querySelector(probe) !== null
    }
    catch {
      return true
    }
  }
  const ruleText = (rule) => {
    if (rule.selectorText) {
      const kept = rule.selectorText.split(',').filter(used)
      if (kept.length === 0)
        return ''
      if (kept.length < rule.selectorText.split(',').length)
        return ruleText({ selectorText: kept.join(','), style: rule.style, cssText: kept.join(',') + ' { ' + rule.style.cssText + ' }' })
    }
    if (rule.selectorText && DARK.test(rule.selectorText)) {
      const parts = rule.selectorText.split(',')
      const light = parts.filter(part => !DARK.test(part))
      const dark = parts.filter(part => DARK.test(part)).map(part => part.replace(new RegExp(DARK.source, 'g'), '$1:root'))
      return (light.length ? light.join(',') + ' { ' + rule.style.cssText + ' }\\n' : '')
        + '@media (prefers-color-scheme: dark) { ' + dark.join(',') + ' { ' + rule.style.cssText + ' } }'
    }
    if (rule.cssRules && !(rule instanceof CSSFontFaceRule) && rule.media) {
      const inner = [...rule.cssRules].map(ruleText).filter(Boolean)
      return inner.length ? '@media ' + rule.media.mediaText + ' { ' + inner.join('\\n') + ' }' : ''
    }
    return rule.cssText.replace(/font-display: block/, 'font-display: swap')
  }
  let css = ''
  for (const sheet of document.styleSheets) {
    const base = sheet.href || document.baseURI
    for (const rule of sheet.cssRules)
      css += ruleText(rule).replace(/url\\(("?)([^")]+)\\1\\)/g, (m, q, url) => url.startsWith('data:') ? m : 'url("' + local(url, base) + '")') + '\\n'
  }
  return { slides, css }
})()`

export async function captureDeck(page: Page): Promise<CapturedDeck> {
  return page.evaluate(CAPTURE) as Promise<CapturedDeck>
}

export interface DocumentOptions {
  slides: readonly DeckSlide[]
  base: string
  /** Speaker notes in the document (the public-notes switch). */
  notes: boolean
  /** The slides PDF's file name, when the site carries it. */
  pdf?: string
  siteUrl?: string
  root?: string
  /** The site registers a service worker (a build: true; Slidev's server: false). */
  serviceWorker?: boolean
}

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false })

/** The reading document's HTML from a captured deck. */
export function composeDocument(captured: CapturedDeck, options: DocumentOptions): string {
  const { slides } = options
  if (captured.slides.length !== slides.length)
    throw new Error(`the print page drew ${captured.slides.length} slides, the deck has ${slides.length}`)
  const entries = handoutEntries(slides, TITLE)
  const readingSlides: ReadingSlide[] = slides.map((slide, i) => ({
    no: slide.no,
    title: entries[i]!.title,
    html: captured.slides[i]!.html,
    data: captured.slides[i]!.data,
    links: captured.slides[i]!.links,
    notes: options.notes && slide.note.trim() ? markdown.render(slide.note) : '',
    header: entries[i]!.header,
    pageName: entries[i]!.pageName,
    level: entries[i]!.level,
  }))
  return readingPage({
    title: TITLE,
    description: DESCRIPTION,
    base: options.base,
    slides: readingSlides,
    deckCss: captured.css,
    readingCss: readFileSync(join(options.root ?? process.cwd(), 'styles/reading.css'), 'utf8'),
    cutoff: cutoffText(dataCutoff(sources)),
    pdf: options.pdf,
    siteUrl: options.siteUrl,
    ogImage: OG_IMAGE,
    qr: options.siteUrl ? qrSvg(options.siteUrl) : undefined,
    serviceWorker: options.serviceWorker ?? false,
  })
}

export interface ReadingJob extends DocumentOptions {
  /** The served deck's root URL, ending in `/`. */
  url: string
  timeoutMs: number
}

/** Opens the deck's print page in `browser` and returns the reading document made from it. */
export async function readingDocument(browser: Browser, job: ReadingJob): Promise<string> {
  const headmatter = job.slides[0]?.frontmatter ?? {}
  const print = await openPrintPage(browser, { ...slideSize(headmatter), url: job.url, timeoutMs: job.timeoutMs, scale: 1 })
  try {
    const html = composeDocument(await captureDeck(print.page), job)
    // Read back as a browser parses it: one slide's markup that the parser reads differently
    // from how it was written could swallow the slides after it.
    await print.page.setContent(html, { waitUntil: 'domcontentloaded' })
    const parsed = await print.page.evaluate(() => [...document.querySelectorAll('[data-reading-slide]')].map(a => Number(a.getAttribute('data-reading-slide'))))
    const missing = job.slides.map(s => s.no).filter(no => !parsed.includes(no))
    if (missing.length > 0)
      throw new Error(`the reading document, parsed, lacks slide(s) ${missing.join(', ')}`)
    return html
  }
  finally {
    await print.close()
  }
}
