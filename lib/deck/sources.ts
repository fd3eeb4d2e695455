import type { Source } from '../data/schema.ts'

/** The address a source links to: its arXiv abstract page, else its official URL. */
export function sourceUrl(s: Pick<Source, 'arxiv' | 'url'>): string {
  if (s.arxiv)
    return `https://arxiv.org/abs/${s.arxiv}`
  if (s.url)
    return s.url
  throw new Error('source has neither an arXiv id nor a URL')
}

/**
 * Short label for a link: "arXiv:2005.14165"; a GitHub repository by its owner
 * ("github.com/QwenLM": two READMEs side by side must not read the same); else the site's own
 * domain without subdomains ("epoch.ai", "openai.com" for deploymentsafety.openai.com).
 */
export function sourceLabel(s: Pick<Source, 'arxiv' | 'url'>): string {
  if (s.arxiv)
    return `arXiv:${s.arxiv}`
  const url = new URL(sourceUrl(s))
  const host = url.hostname.split('.').slice(-2).join('.')
  const owner = url.pathname.split('/')[1]
  return host === 'github.com' && owner ? `${host}/${owner}` : host
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
