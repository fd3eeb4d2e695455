/**
 * The reading document (`read.html`): every slide in its final state, as Slidev drew it on its
 * `/print` page, with its speaker notes beneath as prose and, under a slide whose text is too
 * small to read on a phone or on paper, its data as a real table at the document's text size.
 * A static page: it reads completely without JavaScript (public/read.js only adds niceties), the
 * slides scale to the column with CSS alone (styles/reading.css), and `npm run export:handout`
 * prints this same page. Pure: lib/export/reading-document.ts captures the slides and writes it.
 */
import { handoutPageCss } from '../deck/handout.ts'
import { nestedHeadingLevels, PREFER_SLIDES, READING_TEXT as T, VIEW_PREFERENCE_KEY } from '../deck/reading.ts'
import { META_CONTENT_SECURITY_POLICY } from '../site/security-headers.ts'

export interface ReadingSlide {
  no: number
  title: string
  /** The slide as Slidev rendered it (its `.slidev-page`), sr-only data taken out. */
  html: string
  /** Tables and lists of the slide's data, shown beneath it at the document's text size. */
  data: string[]
  /** The slide's links (its sources), listed beneath it: inside the scaled slide they are text. */
  links: readonly { href: string, text: string, title: string }[]
  /** The speaker notes as HTML, or '' (none, or the build leaves them out). */
  notes: string
  /** The running header of its printed page (the section) and that page's CSS name. */
  header: string
  pageName: string
  /** Heading level of its title: 2 for section dividers and slides outside a section, 3 inside. */
  level: 2 | 3
}

export interface ReadingPage {
  title: string
  description: string
  /** The site's base path, ending in `/`. */
  base: string
  slides: readonly ReadingSlide[]
  /** The deck's own CSS as it applied on the print page (fonts' URLs under the base path). */
  deckCss: string
  /** styles/reading.css. */
  readingCss: string
  /** "数据截至 YYYY 年 M 月". */
  cutoff: string
  /** The slides PDF's file name under the base path, when the site has one. */
  pdf?: string
  /** The talk's address (`homepage`): canonical URL and absolute preview image. */
  siteUrl?: string
  ogImage: string
  /** The QR code to the talk (SVG markup), on the first page. */
  qr?: string
  /** Register the site's service worker (a built site has one; Slidev's server does not). */
  serviceWorker?: boolean
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ESCAPES[c]!)
}

/**
 * A captured slide's markup, cleaned for the document: Vue's comment anchors go, and the slide's
 * own headings continue the document's outline under its title (`aria-level`); its h1 repeats the
 * title above it and is hidden from assistive technology (and the PDF's outline).
 */
export function cleanSlideHtml(html: string, titleLevel: number): string {
  const out = html.replace(/<!--[\s\S]*?-->/g, '').replace(/ style="user-select: none;"/, '')
  const levels = [...out.matchAll(/<h([1-6])\b/g)].map(m => Number(m[1]))
  const below = levels.filter(l => l > 1)
  const nested = nestedHeadingLevels(below, titleLevel)
  let i = 0
  return out.replace(/<h([1-6])\b/g, (tag, level: string) => level === '1'
    ? `${tag} aria-hidden="true"`
    : `${tag} aria-level="${nested[i++]}"`)
}

/** The head's link-preview and search metadata: the talk's own text, no script needed. */
function head(page: ReadingPage): string {
  const title = `${page.title} · ${T.documentSuffix}`
  const image = `${page.siteUrl ?? page.base}${page.ogImage}`
  const url = page.siteUrl ? `${page.siteUrl.replace(/\/?$/, '/')}read` : undefined
  const meta: [string, string][] = [
    ['name="description"', page.description],
    ['property="og:type"', 'article'],
    ['property="og:locale"', 'zh_CN'],
    ['property="og:title"', title],
    ['property="og:description"', page.description],
    ['property="og:image"', image],
    ['name="twitter:card"', 'summary_large_image'],
    ['name="twitter:image"', image],
    ['name="theme-color"', '#0b5cad'],
    ['name="color-scheme"', 'light dark'],
  ]
  if (url)
    meta.push(['property="og:url"', url])
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // The CSP for hosts that send no headers (GitHub Pages).
    `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`,
    `<title>${escapeHtml(title)}</title>`,
    ...meta.map(([key, value]) => `<meta ${key} content="${escapeHtml(value)}">`),
    ...(url ? [`<link rel="canonical" href="${escapeHtml(url)}">`] : []),
    `<link rel="icon" href="${page.base}favicon.svg" type="image/svg+xml">`,
    `<link rel="manifest" href="${page.base}manifest.webmanifest">`,
    `<style>${page.deckCss}</style>`,
    `<style>${page.readingCss}</style>`,
    `<style>${printPageRules(page)}</style>`,
    // With `data-sw`, read.js registers the deck's service worker: a visit here is enough to read offline later.
    `<script src="${page.base}read.js"${page.serviceWorker ? ' data-sw' : ''} defer></script>`,
  ].join('\n')
}

/** The paper's `@page` rules: A4, the section in the running header, page numbers, the data cut-off. */
export function printPageRules(page: Pick<ReadingPage, 'slides' | 'title' | 'cutoff'>): string {
  const rules = handoutPageCss(page.slides, {
    documentLabel: `${page.title} · ${T.handoutSuffix}`,
    fontFamily: '"Noto Sans SC", sans-serif',
    dataCutoff: page.cutoff,
  })
  // One slide a page: each prints on its section's named page, whose header names the section.
  // Not in the flowing layouts, where a change of named page would force a page break.
  const named = [...new Set(page.slides.map(s => s.pageName))].map(name => `html[data-per-page="1"] .reading-slide[data-page="${name}"] { page: ${name}; }`)
  const first = page.slides[0]?.pageName
  if (first)
    named.push(`html[data-per-page="1"] .reading-intro { page: ${first}; }`)
  return `@media print {\n${named.join('\n')}\n}\n${rules}`
}

function article(slide: ReadingSlide, total: number): string {
  const h = `h${slide.level}`
  const titleId = `reading-title-${slide.no}`
  const label = T.slide(slide.no, slide.title)
  const parts = [
    `<article id="${slide.no}" class="reading-slide" data-reading-slide="${slide.no}" data-page="${slide.pageName}" aria-labelledby="${titleId}">`,
    `<${h} id="${titleId}" class="reading-slide-title"><a class="reading-slide-no" href="#${slide.no}">${escapeHtml(T.slideNo(slide.no, total))}</a> <span>${escapeHtml(slide.title)}</span></${h}>`,
    `<div class="reading-body">`,
    `<section class="reading-frame" aria-label="${escapeHtml(label)}"><div class="reading-canvas">${cleanSlideHtml(slide.html, slide.level)}</div></section>`,
    '<div class="reading-aside">',
  ]
  if (slide.notes)
    parts.push(`<section class="reading-notes" aria-label="${escapeHtml(T.notesOf(slide.no))}"><p class="reading-notes-label" aria-hidden="true">${T.notes}</p><div class="reading-note-body">${slide.notes}</div></section>`)
  if (slide.data.length)
    // Focusable: a wide table scrolls inside it, by keyboard too.
    parts.push(`<section class="reading-data" tabindex="0" aria-label="${escapeHtml(T.dataOf(slide.no))}">${slide.data.join('\n')}</section>`)
  if (slide.links.length) {
    const links = slide.links.map(l => `<a href="${escapeHtml(l.href)}"${/^https?:/.test(l.href) ? ' rel="noopener noreferrer"' : ''}${l.title ? ` title="${escapeHtml(l.title)}"` : ''}>${escapeHtml(l.text || l.href)}</a>`)
    parts.push(`<p class="reading-sources"><span class="reading-sources-label">${T.sources}</span>${links.join(' ')}</p>`)
  }
  parts.push(`<div class="reading-ruled" aria-hidden="true"><p>${T.writeHere}</p></div>`)
  parts.push('</div>', '</div>', '</article>')
  return parts.join('\n')
}

/** The whole document. */
export function readingPage(page: ReadingPage): string {
  const hasNotes = page.slides.some(s => s.notes)
  const intro = [
    `<h1>${escapeHtml(page.title)}</h1>`,
    `<p class="reading-subtitle">${hasNotes ? T.subtitle : T.subtitleNoNotes}${page.pdf ? ` · <a href="${page.base}${page.pdf}" download>${T.pdf}</a>` : ''}</p>`,
    `<p class="reading-cutoff">${escapeHtml(page.cutoff)}</p>`,
  ]
  if (page.qr)
    intro.push(`<div class="reading-qr" role="img" aria-label="${escapeHtml(T.qrLabel)}">${page.qr}</div>`)
  return `<!doctype html>
<html lang="zh-CN" class="reading-document">
<head>
${head(page)}
</head>
<body>
<header class="reading-bar">
<span class="reading-bar-title">${escapeHtml(page.title)}</span>
<a class="reading-button" href="${page.base}1" data-slide-link data-view-key="${VIEW_PREFERENCE_KEY}" data-view="${PREFER_SLIDES}">${T.backToSlides}</a>
</header>
<main class="reading-list" id="main">
<div class="reading-intro">
${intro.join('\n')}
</div>
${page.slides.map(s => article(s, page.slides.length)).join('\n')}
</main>
</body>
</html>
`
}
