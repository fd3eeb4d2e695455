/**
 * Makes "the next deploy" of a built deck without building again (test/e2e/redeploy.test.ts):
 * a copy in which one slide's title is changed and every JS and CSS chunk has a new hashed name
 * (as a real rebuild renames them: hashes cascade through the imports), with every reference,
 * index.html, sw.js and the precache revisions updated to match.
 */
import type { DeckSlide } from '../../lib/data/deck.ts'
import { createHash } from 'node:crypto'
import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * The slide whose title the next deploy changes: the first from slide 3 on whose title appears in
 * no other slide (so the changed text names this slide only).
 */
export function changedSlide(slides: DeckSlide[]): DeckSlide {
  const slide = slides.find(s => s.no >= 3 && s.title.length >= 4
    && slides.every(o => o.no === s.no || (!o.title.includes(s.title) && !o.content.includes(s.title) && !o.note.includes(s.title))))
  if (!slide)
    throw new Error('no slide from 3 on has a title of its own')
  return slide
}

const TEXT = /\.(?:js|css|html|json|webmanifest)$/

/** Version 2 from a copy of version 1 in `to`: a new title on one slide, new chunk names everywhere. */
export function redeployed(from: string, to: string, title: string, suffix: string): void {
  cpSync(from, to, { recursive: true })
  const renames = new Map<string, string>()
  // Every chunk, in assets/ and its subfolders: a file keeps its name only if its content is the
  // same (the service worker's precache relies on that, as Vite's hashes guarantee).
  for (const file of readdirSync(join(to, 'assets'), { recursive: true, encoding: 'utf8' })) {
    const m = /^(.*-)([\w-]{8})\.(js|css)$/.exec(basename(file))
    if (!m)
      continue
    const next = `${m[1]}${m[2]}v2.${m[3]}`
    if (renames.has(basename(file)))
      throw new Error(`two chunks named ${basename(file)}`)
    renames.set(basename(file), next)
    renameSync(join(to, 'assets', file), join(to, 'assets', dirname(file), next))
  }
  const files = readdirSync(to, { recursive: true, encoding: 'utf8' }).filter(f => TEXT.test(f))
  let titled = 0
  for (const file of files) {
    const path = join(to, file)
    let text = readFileSync(path, 'utf8')
    const before = text
    for (const [old, next] of renames)
      text = text.replaceAll(`/${old}`, `/${next}`).replaceAll(`"${old}"`, `"${next}"`).replaceAll(`'${old}'`, `'${next}'`)
    if (text.includes(title)) {
      text = text.replaceAll(title, `${title}${suffix}`)
      titled++
    }
    if (text !== before)
      writeFileSync(path, text)
  }
  if (titled === 0)
    throw new Error(`version 2: the title ${title} is in no file`)
  // The precache revisions of the files whose names carry no hash (index.html…), in the
  // minified manifest (`url:"index.html",revision:"…"`) or a JSON one. A revision left as it was
  // would make the new worker keep version 1's index.html, which names chunks that are gone.
  const sw = join(to, 'sw.js')
  let revised = 0
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(/("?url"?:\s*"([^"]+)",\s*"?revision"?:\s*")([0-9a-f]+)(")/g, (_, head: string, url: string, rev: string, tail: string) => {
    const next = createHash('md5').update(readFileSync(join(to, url))).digest('hex')
    if (next !== rev)
      revised++
    return `${head}${next}${tail}`
  }))
  if (revised === 0)
    throw new Error('version 2: no precache revision in sw.js changed (has the manifest\'s form changed?)')
  const left = readdirSync(to, { recursive: true, encoding: 'utf8' }).filter(f => TEXT.test(f) || f.endsWith('sw.js')).filter(f => [...renames.keys()].some(old => readFileSync(join(to, f), 'utf8').includes(`/${old}`)))
  if (left.length)
    throw new Error(`version 2 still names old chunks in ${left.join(', ')}`)
}
