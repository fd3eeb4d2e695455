/**
 * A phone held upright reads the talk in the reading document (`read.html`, served at `/read`):
 * a visit to a slide there is sent on from here, the first thing index.html runs (a small classic
 * script at the top of its head), before the deck's stylesheet, fonts or JavaScript load. The rule
 * is lib/deck/reading.ts's, handed over as data attributes of the script tag: a screen outside
 * `data-slides-screen`, not printed or embedded, where the visitor has not chosen the slides in this
 * tab (sessionStorage `data-view-key` = `data-view`). `/read` itself, where a host has no clean URLs
 * and answers it with index.html, goes to `read.html`.
 */
(function () {
  const script = document.currentScript
  const base = new URL(script.src).pathname.replace(/read-redirect\.js$/, '')
  const rest = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : ''
  if (/^read\/?$/.test(rest)) {
    location.replace(`${base}read.html${location.hash}`)
    return
  }
  const query = new URLSearchParams(location.search)
  if (query.has('print') || query.has('embedded') || query.has('export'))
    return
  let chosenSlides = false
  try {
    chosenSlides = sessionStorage.getItem(script.dataset.viewKey) === script.dataset.view
  }
  catch {}
  // Media queries, not innerWidth: reading innerWidth would lay out a page not yet parsed.
  const phone = matchMedia('(min-width: 1px)').matches && !matchMedia(script.dataset.slidesScreen).matches
  const slide = /^(\d*)\/?$/.exec(rest)
  if (chosenSlides || !phone || !slide)
    return
  const no = Number(slide[1] || 1)
  location.replace(`${base}read${no > 1 ? `#${no}` : ''}`)
})()
