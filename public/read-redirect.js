/**
 * A phone held upright reads the talk in the reading document (`read.html`, served at `/read`):
 * a visit to a slide there is sent on from here, the first thing index.html runs (a small classic
 * script at the top of its head), before the deck's stylesheet, fonts or JavaScript load. The same
 * rule as lib/deck/reading.ts: at most 600 px wide, taller than wide, not printed or embedded, and
 * the visitor has not chosen the slides in this tab (sessionStorage `deck:view` = `slides`). `/read`
 * itself, where a host has no clean URLs and answers it with index.html, goes to `read.html`.
 */
(function () {
  const base = new URL(document.currentScript.src).pathname.replace(/read-redirect\.js$/, '')
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
    chosenSlides = sessionStorage.getItem('deck:view') === 'slides'
  }
  catch {}
  // Media queries, not innerWidth: reading innerWidth would lay out a page not yet parsed.
  const phone = matchMedia('(min-width: 1px) and (max-width: 600px)').matches && !matchMedia('(min-aspect-ratio: 1/1)').matches
  const slide = /^(\d*)\/?$/.exec(rest)
  if (chosenSlides || !phone || !slide)
    return
  const no = Number(slide[1] || 1)
  location.replace(`${base}read${no > 1 ? `#${no}` : ''}`)
})()
