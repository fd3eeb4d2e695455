/**
 * Starts the deck once the boot card (the cover as plain HTML, see lib/site.ts) has been drawn
 * with its fonts. The built index.html loads this file instead of the app's entry module, and
 * names the entry (`data-deck-entry`) and the modules it imports (`data-deck-modules`).
 *
 * On a phone on a slow network this puts the cover on screen first: the stylesheet and the
 * cover's fonts do not share the connection with ~150 KB of JavaScript, and the browser paints
 * before it starts running that JavaScript. The modules are then fetched in parallel and run one
 * per task, so no single task keeps a tap waiting for long.
 */
const FONT_WAIT_MS = 3000

const script = document.querySelector('script[data-deck-entry]')
const entry = script && script.getAttribute('data-deck-entry')
const modules = ((script && script.getAttribute('data-deck-modules')) || '').split(' ').filter(Boolean)

function nextFrame() {
  return new Promise(resolve => requestAnimationFrame(() => resolve()))
}

function nextTask() {
  return new Promise(resolve => setTimeout(resolve))
}

function preload(href) {
  const link = document.createElement('link')
  link.rel = 'modulepreload'
  link.crossOrigin = ''
  link.href = href
  document.head.append(link)
}

async function start() {
  // A frame lays out the card, which requests its fonts; wait for them (at most the block period
  // of font-display: block), then for the frame that paints them.
  await nextFrame()
  await Promise.race([document.fonts.ready, new Promise(resolve => setTimeout(resolve, FONT_WAIT_MS))])
  await nextFrame()
  await nextTask()
  for (const href of [entry, ...modules])
    preload(href)
  // ES modules run once: the entry finds its imports already evaluated.
  for (const href of modules) {
    await import(href)
    await nextTask()
  }
  await import(entry)
}

if (entry) {
  start().catch((error) => {
    console.error('deck-start.js: the deck could not start', error)
  })
}
else {
  console.error('deck-start.js: no <script data-deck-entry> in index.html')
}
