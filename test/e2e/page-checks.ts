/**
 * Checks that run inside the page (passed to `page.evaluate`), shared by the Chromium
 * (Playwright) and Firefox (puppeteer-core) tests. Each function is self-contained: it is sent to
 * the browser as source text, so it may use only DOM globals and its arguments.
 */

export interface Outside { tag: string, cls: string, text: string, rect: [number, number, number, number] }

/** Elements of slide `no` that stick out of the canvas or reach into the footer. */
export function elementsOutside(no: number): Outside[] {
  const canvas = document.querySelector('#slide-content')!.getBoundingClientRect()
  const slide = document.querySelector(`.slidev-page-${no}`)!
  const footer = document.querySelector('.deck-footer')
  const bottom = footer ? footer.getBoundingClientRect().top : canvas.bottom
  const out: Outside[] = []
  for (const el of slide.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('.sr-only, .deck-footer, .katex-mathml'))
      continue
    // Shapes inside an <svg> are clipped by it (KaTeX's radicals are very long paths): check the svg.
    if (el instanceof SVGElement && el.ownerSVGElement)
      continue
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0)
      continue
    const style = getComputedStyle(el)
    if (style.visibility === 'hidden' || style.display === 'contents')
      continue
    // Layout wrappers span the whole canvas; the footer line applies to what is drawn.
    const drawn = ['IMG', 'SVG', 'PRE', 'TR', 'LI', 'TABLE'].includes(el.tagName.toUpperCase())
      || [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')
    const limit = drawn ? bottom : canvas.bottom
    if (r.left < canvas.left - 1 || r.right > canvas.right + 1 || r.top < canvas.top - 1 || r.bottom > limit + 1) {
      out.push({
        tag: el.tagName.toLowerCase(),
        cls: String(el.getAttribute('class') ?? '').slice(0, 60),
        text: (el.textContent ?? '').trim().slice(0, 40),
        rect: [r.left, r.top, r.right, r.bottom].map(v => Math.round(v - (v === r.left || v === r.right ? canvas.left : canvas.top))) as Outside['rect'],
      })
    }
  }
  return out
}

export interface Exponent { text: string, base: string, baseCentre: number, expCentre: number, baseBottom: number, expBottom: number }

/**
 * Every raised exponent (`tspan.exp`) on slide `no`: the centre and bottom of its first glyph's
 * cell and of the base's last glyph ("10"), in the SVG's user units (y grows downwards).
 */
export function exponentsOf(no: number): Exponent[] {
  const out: Exponent[] = []
  for (const exp of document.querySelectorAll<SVGTSpanElement>(`.slidev-page-${no} tspan.exp`)) {
    const text = exp.closest('text')!
    // The base's last character is the one just before the exponent in the whole <text>, counted
    // as SVG addresses characters: white space collapsed, none at the start.
    let preceding = ''
    for (const node of text.childNodes) {
      if (node === exp)
        break
      preceding += node.textContent ?? ''
    }
    preceding = preceding.replace(/\s+/g, ' ').replace(/^ /, '')
    const before = preceding.length
    const base = text.getExtentOfChar(before - 1)
    const raised = exp.getExtentOfChar(0)
    out.push({
      text: exp.textContent ?? '',
      base: preceding.slice(-2),
      baseCentre: base.y + base.height / 2,
      expCentre: raised.y + raised.height / 2,
      baseBottom: base.y + base.height,
      expBottom: raised.y + raised.height,
    })
  }
  return out
}

/**
 * How far down the canvas slide `no`'s drawn content reaches, as a share of the canvas height:
 * the bottom of its lowest element with text or a picture (the footer left out).
 */
export function contentReach(no: number): number {
  const canvas = document.querySelector('#slide-content')!.getBoundingClientRect()
  const slide = document.querySelector(`.slidev-page-${no}`)!
  let lowest = canvas.top
  for (const el of slide.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('.sr-only, .deck-footer, .katex-mathml, style'))
      continue
    const drawn = ['IMG', 'SVG', 'TR', 'LI', 'TABLE', 'PRE'].includes(el.tagName.toUpperCase())
      || [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')
    const r = el.getBoundingClientRect()
    if (drawn && r.height > 0)
      lowest = Math.max(lowest, r.bottom)
  }
  return (lowest - canvas.top) / canvas.height
}

/**
 * Reports every CSP violation as a console error ("CSP violation: …"), so the tests' console
 * checks catch them: run before the page's own scripts (an init script; the deck's CSP rightly
 * refuses inline scripts, so it cannot be added to the page).
 */
export function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`)
  })
}

/**
 * Moves the open deck to `url` through its router, as the deck's own links and keys do, without
 * reloading the page: vue-router follows a `popstate` whose state is empty by reading the address
 * and navigating to it.
 */
export function routeTo(url: string): void {
  history.pushState(null, '', url)
  dispatchEvent(new PopStateEvent('popstate', { state: null }))
}

/**
 * Whether nothing on the page moves any more: every finite CSS transition and animation (a
 * slide's fade, a click step's reveal) has finished. Endless ones (a spinner) do not count.
 */
export function stillPage(): boolean {
  return document.getAnimations().every(a =>
    (a.playState !== 'running' && !a.pending)
    || a.effect?.getComputedTiming().iterations === Infinity)
}

/**
 * Collisions on slide `no`'s charts as the browser drew them, in each SVG's user units: a label
 * (`<text>`) over another label, a dot, a rule, stem, join or leader, or the Epoch AI band (its
 * fill tested with `isPointInFill`). Label boxes are the glyph boxes (`getBBox`), shrunk by a
 * pixel so that a leader or stem ending at its own label does not count.
 */
export function chartCollisions(no: number): string[] {
  const found: string[] = []
  for (const svg of document.querySelectorAll<SVGSVGElement>(`.slidev-page-${no} svg.chart-svg`)) {
    // A label is a mark group's text (a timeline label's name and size lines together) or a text
    // of its own (axis, legend, the band's label); lines in the same mark group are its own.
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')]
      .filter(t => (t.textContent ?? '').trim() !== '' && getComputedStyle(t).display !== 'none')
    const owners = [...new Set(texts.map(t => t.closest('g.mark') ?? t))]
    const labels = owners.map((owner) => {
      const own = texts.filter(t => (t.closest('g.mark') ?? t) === owner)
      const boxes = own.map(t => t.getBBox())
      return {
        owner,
        name: own.map(t => (t.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' '),
        axis: !!own[0]!.closest('.axis'),
        x0: Math.min(...boxes.map(b => b.x)) + 1,
        y0: Math.min(...boxes.map(b => b.y)) + 1,
        x1: Math.max(...boxes.map(b => b.x + b.width)) - 1,
        y1: Math.max(...boxes.map(b => b.y + b.height)) - 1,
      }
    })
    type Label = typeof labels[number]
    const hit = (l: Label, x0: number, y0: number, x1: number, y1: number) => l.x0 < x1 && x0 < l.x1 && l.y0 < y1 && y0 < l.y1
    // Liang–Barsky, as segmentHitsBox in lib/deck/scales.ts: page.evaluate sends this function alone.
    const crosses = (l: Label, ax: number, ay: number, bx: number, by: number) => {
      let t0 = 0
      let t1 = 1
      const dx = bx - ax
      const dy = by - ay
      for (const [p, q] of [[-dx, ax - l.x0], [dx, l.x1 - ax], [-dy, ay - l.y0], [dy, l.y1 - ay]] as const) {
        if (p === 0) {
          if (q < 0)
            return false
          continue
        }
        const t = q / p
        if (p < 0)
          t0 = Math.max(t0, t)
        else
          t1 = Math.min(t1, t)
        if (t0 > t1)
          return false
      }
      return true
    }
    const num = (el: Element, a: string) => Number(el.getAttribute(a))
    const circles = [...svg.querySelectorAll('circle')].filter(c => !c.closest('.legend'))
    const lines = [...svg.querySelectorAll('line')].filter(l => !l.closest('.legend, .axis') && !l.classList.contains('axis-line') && !l.classList.contains('grid'))
    const band = svg.querySelector<SVGPathElement>('path.band-area')
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        if (hit(a, b.x0, b.y0, b.x1, b.y1))
          found.push(`"${a.name}" overlaps "${b.name}"`)
      }
      if (a.axis)
        continue
      for (const c of circles) {
        const r = num(c, 'r')
        if (hit(a, num(c, 'cx') - r, num(c, 'cy') - r, num(c, 'cx') + r, num(c, 'cy') + r))
          found.push(`"${a.name}" covers a dot`)
      }
      for (const l of lines) {
        if (l.closest('g.mark') !== a.owner && crosses(a, num(l, 'x1'), num(l, 'y1'), num(l, 'x2'), num(l, 'y2')))
          found.push(`"${a.name}" is crossed by a ${l.getAttribute('class')} line`)
      }
      if (band) {
        for (let gx = 0; gx <= 4; gx++) {
          for (let gy = 0; gy <= 2; gy++) {
            const p = new DOMPoint(a.x0 + (a.x1 - a.x0) * gx / 4, a.y0 + (a.y1 - a.y0) * gy / 2)
            if (band.isPointInFill(p) && !found.includes(`"${a.name}" lies on the band`))
              found.push(`"${a.name}" lies on the band`)
          }
        }
      }
    }
  }
  return found
}
