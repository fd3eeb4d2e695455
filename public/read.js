/**
 * Niceties of the reading document (read.html, lib/export/reading-page.ts), which reads completely
 * without them (its dark scheme is a media query): the address following the slide in view
 * (`/read#12`), the way back to the slide view at that slide, and the place kept when fonts
 * arriving move the text.
 */
const root = document.documentElement
const base = new URL(document.currentScript.src).pathname.replace(/read\.js$/, '')

// The deck's service worker (vite-plugin-pwa's sw.js), in the built site only (`data-sw`).
if (document.currentScript.hasAttribute('data-sw'))
  navigator.serviceWorker?.register(`${base}sw.js`, { scope: base }).catch(() => {})

function articles() {
  return [...document.querySelectorAll('[data-reading-slide]')]
}

/** The slide in view: the last one whose top has passed a third of the viewport (the last at the page's end). */
function slideInView() {
  const atEnd = scrollY + innerHeight >= root.scrollHeight - 2
  const line = atEnd ? innerHeight - 1 : innerHeight / 3
  let current = 1
  for (const article of articles()) {
    if (article.getBoundingClientRect().top > line)
      break
    current = Number(article.dataset.readingSlide)
  }
  return current
}

function start() {
  const back = document.querySelector('[data-slide-link]')
  // Until the visitor scrolls, the slide in view is the one the address names.
  let shown = Number(/^#(\d+)$/.exec(location.hash)?.[1] ?? 1)
  let frame = 0
  let moved = false
  if (back)
    back.href = `${base}${shown}`
  const follow = () => {
    const no = slideInView()
    if (no === shown)
      return
    shown = no
    history.replaceState(history.state, '', no > 1 ? `#${no}` : location.pathname + location.search)
    if (back)
      back.href = `${base}${no}`
  }
  addEventListener('scroll', () => {
    moved = true
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(follow)
  }, { passive: true })
  back?.addEventListener('click', () => {
    try {
      sessionStorage.setItem(back.dataset.viewKey, back.dataset.view)
    }
    catch {}
  })
  // Fonts arriving can move the text above the slide a link opened at: put it back on top.
  const target = location.hash && document.getElementById(location.hash.slice(1))
  if (target)
    document.fonts?.ready.then(() => moved || target.scrollIntoView({ block: 'start' }))
}

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', start, { once: true })
else
  start()
