import type { SlidevPluginOptions } from '@slidev/types'

type MarkdownSetup = NonNullable<NonNullable<SlidevPluginOptions['markdown']>['markdownSetup']>
type Markdown = Parameters<MarkdownSetup>[0]
type LinkRule = NonNullable<Markdown['renderer']['rules']['link_open']>

/**
 * markdown-it setup for Slidev (`slidev.markdown.markdownSetup` in vite.config.ts): Slidev opens
 * external Markdown links in a new tab (`target="_blank"`); give them `rel="noopener noreferrer"`
 * as the components' links have.
 */
export function externalLinkRel(md: Markdown): void {
  const previous: LinkRule = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options))
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = tokens[idx]!.attrGet('href') ?? ''
    if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(href))
      tokens[idx]!.attrSet('rel', 'noopener noreferrer')
    return previous(tokens, idx, options, env, self)
  }
}
