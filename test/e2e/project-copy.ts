/**
 * A copy of the project for a test that must build or export a changed deck: the files in
 * `entries` copied into `dir`, `node_modules` linked, and a Vite cache of the copy's own. Through
 * the link, Vite's default cache (`node_modules/.vite`) would be the project's: two copies, or a
 * copy and the project, would then rewrite each other's pre-bundled dependencies mid-run.
 */
import { cpSync, renameSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The deck's own Vite config, renamed in the copy; the copy's vite.config.ts wraps it. */
const DECK_CONFIG = 'vite.deck.config.ts'

export function copyProject(dir: string, entries: string[]): string {
  const root = resolve('.')
  for (const entry of entries)
    cpSync(join(root, entry), join(dir, entry), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  if (entries.includes('vite.config.ts')) {
    renameSync(join(dir, 'vite.config.ts'), join(dir, DECK_CONFIG))
    writeFileSync(join(dir, 'vite.config.ts'), [
      `// The deck's config with this copy's own Vite cache (test/e2e/project-copy.ts).`,
      `import { mergeConfig } from 'vite'`,
      `import deck from './${DECK_CONFIG.replace(/\.ts$/, '')}'`,
      ``,
      `export default mergeConfig(deck, { cacheDir: ${JSON.stringify(join(dir, '.vite-cache'))} })`,
      ``,
    ].join('\n'))
  }
  return dir
}
