// `@slidev/client` ships TypeScript sources, not declarations, and they do not compile under this
// project's strict flags. Type-checking resolves the package here instead (tsconfig `paths`),
// declaring just what the deck uses; Vite still bundles the real package.
import type { ComputedRef } from 'vue'

export interface SlideRouteLike {
  no: number
  meta: { slide: { frontmatter: Record<string, unknown> } }
}

export interface NavLike {
  currentSlideNo: number
  currentSlideRoute: SlideRouteLike
  slides: SlideRouteLike[]
  total: number
}

export interface SlidevContextLike {
  /** The headmatter as Slidev resolved it; `duration` is the talk's slot ("40min"). */
  configs: { duration?: string | number }
}

export function useSlideContext(): { $nav: ComputedRef<NavLike>, $slidev: SlidevContextLike }
