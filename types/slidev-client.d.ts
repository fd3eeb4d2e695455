// `@slidev/client` ships TypeScript sources, not declarations, and they do not compile under this
// project's strict flags. Type-checking resolves the package here instead (tsconfig `paths`),
// declaring just what the deck uses; Vite still bundles the real package.
import type { ComputedRef } from 'vue'

export interface SlideRouteLike {
  no: number
  /** `note` and `content` are there while presenting with `slidev` (dev); a build without notes has none. */
  meta: { slide: { frontmatter: Record<string, unknown>, note?: string, content?: string } }
}

export interface NavLike {
  currentSlideNo: number
  currentSlideRoute: SlideRouteLike
  slides: SlideRouteLike[]
  total: number
}

export function useSlideContext(): { $nav: ComputedRef<NavLike> }

/** Slidev's presenter timer, shared between its windows (`sharedState.timer`). */
export interface TimerStateLike {
  status: 'stopped' | 'running' | 'paused'
  startedAt: number
  pausedAt: number
}

export const sharedState: { timer: TimerStateLike }

export function useNav(): {
  currentSlideNo: ComputedRef<number>
  isPlaying: ComputedRef<boolean>
  isPrintMode: ComputedRef<boolean>
  isEmbedded: ComputedRef<boolean>
  isPresenter: ComputedRef<boolean>
}
