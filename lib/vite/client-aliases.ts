/**
 * The built site (`slidev build` only) without code of Slidev's this deck never uses, through
 * Vite's resolution (aliases, resolveId), not string patches:
 *
 * - no YAML parser (resolve alias): the client's logic/utils.ts takes one small function from the
 *   parser's core module, which imports `yaml` (29 KB); the same function is in its utils module;
 * - no TwoSlash popups (resolve alias, only while no slide uses TwoSlash): Slidev installs
 *   floating-vue (45 KB with floating-ui) for TwoSlash's type popups in code blocks;
 * - runtime-only Vue (resolveId): Slidev aliases `vue` to the build with the template compiler
 *   (56 KB); every template here is compiled at build time;
 *
 * No patch of Slidev's code remains: the redeploy goes through Vite's `vite:preloadError` and
 * vite-plugin-pwa's prompt (lib/client/updates.ts); the two patches that split the first slide's
 * work into shorter tasks went with it (docs/internals.md has what they bought).
 */
import type { Plugin } from 'vite'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'

/** Whether any Markdown file of the deck (slides.md, pages/) asks for TwoSlash. */
export function deckUsesTwoslash(root: string): boolean {
  const files = [join(root, 'slides.md'), ...readdirSync(join(root, 'pages')).filter(f => f.endsWith('.md')).map(f => join(root, 'pages', f))]
  return files.some(f => /twoslash/i.test(readFileSync(f, 'utf8')))
}

/** Aliases of the built site: the same function without the YAML parser; no TwoSlash popups. */
export function clientAliases(usesTwoslash: boolean, noTwoslashModule: string): { find: RegExp, replacement: string }[] {
  return [
    { find: /^@slidev\/parser\/core$/, replacement: '@slidev/parser/utils' },
    ...usesTwoslash ? [] : [{ find: /^@shikijs\/vitepress-twoslash\/client$/, replacement: noTwoslashModule }],
  ]
}

/** Vue with the template compiler, which Slidev aliases `vue` to, and the runtime-only build. */
const VUE_FULL = /\/vue\/dist\/vue\.esm-bundler\.js$/
export const runtimeOnlyVue = (path: string): string | undefined => VUE_FULL.test(path.replace(/\\/g, '/')) ? path.replace(/vue\.esm-bundler\.js$/, 'vue.runtime.esm-bundler.js') : undefined

/**
 * What must not be in the built site's modules, whatever path brought it in: a Slidev upgrade that
 * imports it some other way fails the build here instead of silently making the site heavier.
 */
export function unwantedModules(ids: Iterable<string>, usesTwoslash: boolean): string[] {
  const unwanted = [
    { re: /\/node_modules\/yaml\//, what: 'the YAML parser (`yaml`): see the @slidev/parser/core alias' },
    { re: VUE_FULL, what: 'Vue with the template compiler: see runtimeOnlyVue' },
    ...usesTwoslash ? [] : [{ re: /\/node_modules\/@shikijs\/vitepress-twoslash\/dist\/client/, what: 'the TwoSlash popups: see the @shikijs/vitepress-twoslash/client alias' }],
  ]
  const found = new Set<string>()
  for (const id of ids) {
    for (const { re, what } of unwanted) {
      if (re.test(id.replace(/\\/g, '/')))
        found.add(what)
    }
  }
  return [...found]
}

export function clientAliasesPlugin(): Plugin[] {
  let build = false
  let usesTwoslash = false
  const noTwoslashModule = resolve(import.meta.dirname, '../client/no-twoslash.ts')
  return [{
    name: 'deck:client-aliases',
    enforce: 'pre',
    config(config, env) {
      // Only the built site: `slidev` and `slidev export` (a dev server) run Slidev as shipped, so
      // the PDF is printed by the code Slidev's exporter expects.
      if (env.command !== 'build')
        return
      usesTwoslash = deckUsesTwoslash(resolve(config.root ?? process.cwd()))
      return { resolve: { alias: clientAliases(usesTwoslash, noTwoslashModule) } }
    },
    configResolved(config) {
      build = config.command === 'build'
    },
    resolveId: {
      order: 'pre',
      // Slidev's own `vue` alias comes first, so an alias of ours could not replace it: the path
      // it resolves to is redirected instead.
      handler(source) {
        if (build)
          return runtimeOnlyVue(source)
      },
    },
    buildEnd(error) {
      if (!build || error)
        return
      const found = unwantedModules(this.getModuleIds(), usesTwoslash)
      if (found.length)
        this.error(`deck: the built site has ${found.join('; ')} (lib/vite/client-aliases.ts, README "Upgrading Slidev")`)
    },
  }]
}
