/**
 * The built site (`slidev build` only) without code of Slidev's this deck never uses, and with
 * the first slide's work split into shorter tasks; each change measured on the first slide of a
 * phone (Lighthouse, 4× slower CPU). Where Slidev or Vite has an extension point it is used:
 *
 * - no YAML parser (resolve alias): the client's logic/utils.ts takes one small function from the
 *   parser's core module, which imports `yaml` (29 KB); the same function is in its utils module;
 * - no TwoSlash popups (resolve alias, only while no slide uses TwoSlash): Slidev installs
 *   floating-vue (45 KB with floating-ui) for TwoSlash's type popups in code blocks;
 * - runtime-only Vue (resolveId): Slidev aliases `vue` to the build with the template compiler
 *   (56 KB); every template here is compiled at build time;
 * - idle preload: the headmatter's `defaults: { preload: false }` stops Slidev's own preloading
 *   (all 49 slides at once 3 s after load, a ~300 ms task on a phone, in which taps wait), and
 *   lib/client/slide-preload.ts (setup/main.ts) preloads the neighbours at once and the rest
 *   one per idle period.
 *
 * Three remain patches of Slidev's code, for want of an extension point; each checks that the code
 * it changes is still there, so a Slidev upgrade fails the build instead of silently undoing (or
 * half-doing) it (README, "Upgrading Slidev"):
 *
 * - a redeploy: a slide whose chunk is gone (a new deploy replaced it) reloads the page once at
 *   the same slide, or offers the refresh, instead of showing Slidev's error slide
 *   (lib/client/redeploy.ts);
 * - one task later: each slide's component resolves in a task of its own, after the frame of the
 *   app has mounted, so the first slide does not mount in the same long task as everything else;
 * - controls later: the navigation bar and the dialogs come in a chunk of their own and mount
 *   one task after the slide view.
 */
import type { Plugin } from 'vite'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'

/** How Slidev's slide list (`/@slidev/slides`) hands each slide's module to defineAsyncComponent. */
export const SLIDEV_ASYNC_LOADER = '  loader,\n'

/**
 * `/@slidev/slides` with each slide's component resolved one task later: the app's frame (nav,
 * controls, the slide container) and the first slide then mount in two tasks instead of one
 * ~130 ms task (~500 ms on a phone).
 */
// Kept: Slidev generates /@slidev/slides itself and takes no loader option. No upstream issue yet.
export function patchSlideList(code: string): string {
  if (!code.includes(SLIDEV_ASYNC_LOADER))
    throw new Error('deck: Slidev\'s /@slidev/slides no longer loads slides the way lib/site/client-patches.ts expects; update or remove the patch')
  return code.replace(SLIDEV_ASYNC_LOADER, '  loader: () => loader().then(m => new Promise(resolve => setTimeout(() => resolve(m)))),\n')
}

/** How Slidev's slide list reports a slide whose module could not be imported. */
export const SLIDEV_LOAD_ERROR = `  catch (e) { console.error('slide failed to load', e); return SlideError }`

/**
 * `/@slidev/slides` with a slide whose chunk is gone after a redeploy handed to lib/client/redeploy.ts
 * (at `redeployModule`): the page reloads at the same slide (or offers to), and the slide stays
 * "loading" meanwhile instead of rendering Slidev's error slide and logging an error.
 */
// Kept: Slidev's generated loader catches the import error and returns its error layout (the
// catch came with slidevjs/slidev#1816); an error layout of our own would not see the error.
// No upstream issue yet for a load-error hook.
export function patchSlideLoadErrors(code: string, redeployModule: string): string {
  if (!code.includes(SLIDEV_LOAD_ERROR))
    throw new Error('deck: Slidev\'s /@slidev/slides no longer catches slide load errors the way lib/site/client-patches.ts expects; update or remove the patch')
  return `import { handleSlideLoadError as __deckStaleChunk, pending as __deckPending } from ${JSON.stringify(redeployModule)}\n${
    code.replaceAll(SLIDEV_LOAD_ERROR, `  catch (e) { if (__deckStaleChunk(e)) return __deckPending(); console.error('slide failed to load', e); return SlideError }`)}`
}

/** What pages/play.vue (the slide view) renders around the slides, and how. */
export const SLIDEV_PLAY = {
  vueImport: `import { computed, ref, shallowRef } from 'vue'`,
  controlsImport: `import Controls from '../internals/Controls.vue'\n`,
  navImport: `import NavControls from '../internals/NavControls.vue'\n`,
  nav: `<NavControls :persist="persistNav" />`,
  controls: `<Controls v-if="!isPrintMode" />`,
}

/**
 * pages/play.vue with the navigation bar and the dialogs (go-to with its fuzzy search, context
 * menu, …) in a chunk of their own, fetched while the slide view mounts and mounted one task
 * after it: nobody can use them before the slide is there.
 */
// Kept: play.vue imports its controls statically and has no slot or option for them. No upstream issue yet.
export function patchPlay(code: string): string {
  if (!Object.values(SLIDEV_PLAY).every(part => code.includes(part)))
    throw new Error('deck: @slidev/client pages/play.vue no longer renders its controls the way lib/site/client-patches.ts expects; update or remove the patch')
  return code
    .replace(SLIDEV_PLAY.controlsImport, '')
    .replace(SLIDEV_PLAY.navImport, '')
    .replace(SLIDEV_PLAY.vueImport, [
      `import { computed, defineAsyncComponent, onMounted, ref, shallowRef } from 'vue'`,
      `const __deckControlsChunk = Promise.all([import('../internals/Controls.vue'), import('../internals/NavControls.vue')])`,
      `const Controls = defineAsyncComponent(() => __deckControlsChunk.then(([m]) => m.default))`,
      `const NavControls = defineAsyncComponent(() => __deckControlsChunk.then(([, m]) => m.default))`,
      `const __deckControls = ref(false)`,
      `onMounted(() => setTimeout(() => { __deckControls.value = true }))`,
    ].join('\n'))
    .replace(SLIDEV_PLAY.nav, `<NavControls v-if="__deckControls" :persist="persistNav" />`)
    .replace(SLIDEV_PLAY.controls, `<Controls v-if="!isPrintMode && __deckControls" />`)
}

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

const isClientFile = (id: string, path: string) => id.replace(/\\/g, '/').endsWith(`/@slidev/client/${path}`)

export function clientPatches(): Plugin[] {
  let build = false
  let usesTwoslash = false
  const redeployModule = resolve(import.meta.dirname, '../client/redeploy.ts')
  const noTwoslashModule = resolve(import.meta.dirname, '../client/no-twoslash.ts')
  return [{
    name: 'deck:client-patches',
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
        this.error(`deck: the built site has ${found.join('; ')} (lib/site/client-patches.ts, README "Upgrading Slidev")`)
    },
    transform(code, id) {
      if (!build)
        return
      if (isClientFile(id, 'pages/play.vue'))
        return patchPlay(code)
      if (id === '/@slidev/slides')
        return patchSlideLoadErrors(patchSlideList(code), redeployModule)
    },
  }]
}
