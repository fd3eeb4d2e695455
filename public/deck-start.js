/**
 * Starts the deck once the boot card (the cover as plain HTML, see lib/vite/head.ts) is on screen.
 * The built index.html loads this file instead of the app's entry module, and names the entry
 * (`data-deck-entry`) and the modules it imports (`data-deck-modules`). They start downloading
 * (modulepreload, all at once) when the card has been painted: until then the card's stylesheet and
 * fonts have the network to themselves.
 *
 * Left alone, the browser often runs those ~400 KB of modules, and mounts the app, before its
 * first frame: a phone then shows nothing until the deck has drawn its first slide. Here the
 * card is painted first (with its fonts), then the modules run one per task, so no single task
 * keeps a tap waiting for long.
 */
const FONT_WAIT_MS = 3000

const script = document.querySelector('script[data-deck-entry]')
const entry = script && script.getAttribute('data-deck-entry')
const modules = ((script && script.getAttribute('data-deck-modules')) || '').split(' ').filter(Boolean)

function addModulePreload(href) {
  const link = document.createElement('link')
  link.rel = 'modulepreload'
  link.crossOrigin = ''
  link.href = href
  document.head.append(link)
}

function nextFrame() {
  return new Promise(resolve => requestAnimationFrame(() => resolve()))
}

function nextTask() {
  return new Promise(resolve => setTimeout(resolve))
}

async function start() {
  // The card waits for its fonts (preloaded by index.html; at most the 3 s block period of
  // font-display: block), then the frame that paints them.
  await nextFrame()
  await Promise.race([document.fonts.ready, new Promise(resolve => setTimeout(resolve, FONT_WAIT_MS))])
  await nextFrame()
  for (const href of [entry, ...modules])
    addModulePreload(href)
  await nextTask()
  // ES modules run once: the entry finds its imports already evaluated.
  for (const href of modules) {
    await import(href)
    await nextTask()
  }
  await import(entry)
}

/** The card stays up; say on it that the deck did not load, instead of leaving it "busy". */
function showFailure() {
  const boot = document.querySelector('.deck-boot')
  if (!boot)
    return
  boot.setAttribute('aria-busy', 'false')
  const message = document.createElement('p')
  message.className = 'deck-boot-error'
  message.setAttribute('role', 'alert')
  message.textContent = '演示文稿未能加载，请检查网络后刷新页面。'
  boot.append(message)
}

if (entry) {
  // Files gone under a page that named them (a new deploy): the card says to refresh.
  start().catch((error) => {
    console.error('deck-start.js: the deck could not start', error)
    showFailure()
  })
}
else {
  console.error('deck-start.js: no <script data-deck-entry> in index.html')
}
