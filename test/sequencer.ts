/**
 * The order the test files start in (two at a time, vitest.config.ts). The global set-up builds
 * the site in the background (test/e2e/global-setup.ts). Beside it run first the unit and
 * component tests, then the browser-side work that needs no build (a longer deck's export, the
 * files that check failing builds); the browser files that wait for the build before anything
 * else (a top-level `await builtSite()`) start last. Within each group, Vitest's own order
 * (longest first when it has timed them before).
 */
import type { TestSpecification } from 'vitest/node'
import { readFileSync } from 'node:fs'
import { BaseSequencer } from 'vitest/node'

/** Whether the file waits for the set-up's build before it does anything. */
export function waitsForBuild(source: string): boolean {
  return /^await builtSite\(/m.test(source)
}

export class BuildAwareSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const group = (spec: TestSpecification) => {
      if (waitsForBuild(readFileSync(spec.moduleId, 'utf8')))
        return 2
      return spec.project.config.globalSetup.length > 0 ? 1 : 0
    }
    const sorted = await super.sort(files)
    const groups = new Map(sorted.map(spec => [spec, group(spec)]))
    // A stable sort keeps Vitest's order within each group.
    return sorted.sort((a, b) => groups.get(a)! - groups.get(b)!)
  }
}
