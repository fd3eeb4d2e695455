import type { Source } from '../data/schema'

/** The address a source links to: its arXiv abstract page, else its official URL. */
export function sourceUrl(s: Pick<Source, 'arxiv' | 'url'>): string {
  if (s.arxiv)
    return `https://arxiv.org/abs/${s.arxiv}`
  if (s.url)
    return s.url
  throw new Error('source has neither an arXiv id nor a URL')
}

/**
 * Short label for a link: "arXiv:2005.14165", else the site's own domain, without subdomains
 * ("epoch.ai", "openai.com" for deploymentsafety.openai.com): short enough for a table cell.
 */
export function sourceLabel(s: Pick<Source, 'arxiv' | 'url'>): string {
  if (s.arxiv)
    return `arXiv:${s.arxiv}`
  return new URL(sourceUrl(s)).hostname.split('.').slice(-2).join('.')
}

export interface SourceLinkData {
  id: string
  label: string
  href: string
  title: string
}

export function toSourceLink(s: Source): SourceLinkData {
  return { id: s.id, label: sourceLabel(s), href: sourceUrl(s), title: `${s.authors} ${s.year}. ${s.title}` }
}
