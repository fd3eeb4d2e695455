/**
 * Reads the deck the way Slidev does (`@slidev/parser`, following `src:` imports), for tests and
 * tooling in Node. Not imported by components.
 */
import { resolve } from 'node:path'
import process from 'node:process'
import { load } from '@slidev/parser/fs'

export interface DeckSlide {
  /** 1-based slide number, as in the URL. */
  no: number
  title: string
  note: string
  frontmatter: Record<string, unknown>
  content: string
  /** The file the slide is written in. */
  file: string
}

export async function loadDeck(entry = 'slides.md', root = process.cwd()): Promise<DeckSlide[]> {
  const userRoot = resolve(root)
  const data = await load({ userRoot, roots: [userRoot] }, resolve(userRoot, entry))
  return data.slides.map((s, i) => ({
    no: i + 1,
    title: s.title ?? '',
    note: s.note ?? '',
    frontmatter: s.frontmatter ?? {},
    content: s.content ?? '',
    file: s.source?.filepath ?? '',
  }))
}

/**
 * CSS selector for slide `no` once it has rendered. Slidev's wrapper (`.slidev-page-N`) appears
 * before the slide's component has loaded; every layout's root is `.slidev-layout`.
 */
export function renderedSlide(no: number): string {
  return `.slidev-page-${no} .slidev-layout`
}
