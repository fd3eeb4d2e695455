/**
 * Changes to Slidev's browser code for the built site (`slidev build` only), each one measured on
 * the first slide of a phone (Lighthouse, 4× slower CPU): Slidev ships and runs code this deck
 * never uses, and mounts every slide in one long task 3 s after load. Each patch checks that the
 * code it changes is still there, so a Slidev upgrade fails the build instead of silently undoing
 * (or half-doing) it.
 *
 * - a redeploy: a slide whose chunk is gone (a new deploy replaced it) reloads the page once at
 *   the same slide, or offers the refresh, instead of showing Slidev's error slide
 *   (lib/site/client/redeploy.ts);
 * - idle preload: SlidesShow.vue preloads the slides one per idle period (lib/site/client/idle-preload.ts)
 *   instead of all 45 at once (a ~300 ms task on a phone, during which taps wait);
 * - one task later: each slide's component resolves in a task of its own, after the frame of the
 *   app has mounted, so the first slide does not mount in the same long task as everything else;
 * - controls later: the navigation bar and the dialogs come in a chunk of their own and mount
 *   one task after the slide view;
 * - no YAML parser: the client's logic/utils.ts takes one small function from the parser's core
 *   module, which imports `yaml` (29 KB); the same function comes from its utils module;
 * - runtime-only Vue: Slidev aliases `vue` to the build with the template compiler
 *   (56 KB); every template here is compiled at build time;
 * - no TwoSlash popups (only while no slide uses TwoSlash): Slidev installs
 *   floating-vue (45 KB with floating-ui) for TwoSlash's type popups in code blocks.
 */
import type { Plugin } from 'vite'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'

/** Slidev's "preload all slides after 3 s" in internals/SlidesShow.vue. */
export const SLIDEV_PRELOAD_ALL = `  const timeout = setTimeout(() => {
    routes.forEach(preloadRoute)
  }, 3000)
  onCleanup(() => clearTimeout(timeout))`

/** SlidesShow.vue with lib/site/client/idle-preload.ts (at `preloadModule`) in place of the preload of every slide at once. */
export function patchSlidesShow(code: string, preloadModule: string): string {
  if (!code.includes(SLIDEV_PRELOAD_ALL) || !code.startsWith('<script setup lang="ts">\n'))
    throw new Error('deck: @slidev/client internals/SlidesShow.vue no longer preloads all slides the way lib/site/client-patches.ts expects; update or remove the patch')
  return code
    .replace(SLIDEV_PRELOAD_ALL, '  onCleanup(__deckPreloadWhenIdle(routes, preloadRoute))')
    .replace('<script setup lang="ts">\n', `$&import { preloadWhenIdle as __deckPreloadWhenIdle } from ${JSON.stringify(preloadModule)}\n`)
}

/** How Slidev's slide list (`/@slidev/slides`) hands each slide's module to defineAsyncComponent. */
export const SLIDEV_ASYNC_LOADER = '  loader,\n'

/**
 * `/@slidev/slides` with each slide's component resolved one task later: the app's frame (nav,
 * controls, the slide container) and the first slide then mount in two tasks instead of one
 * ~130 ms task (~500 ms on a phone).
 */
export function patchSlideList(code: string): string {
  if (!code.includes(SLIDEV_ASYNC_LOADER))
    throw new Error('deck: Slidev\'s /@slidev/slides no longer loads slides the way lib/site/client-patches.ts expects; update or remove the patch')
  return code.replace(SLIDEV_ASYNC_LOADER, '  loader: () => loader().then(m => new Promise(resolve => setTimeout(() => resolve(m)))),\n')
}

/** How Slidev's slide list reports a slide whose module could not be imported. */
export const SLIDEV_LOAD_ERROR = `  catch (e) { console.error('slide failed to load', e); return SlideError }`

/**
 * `/@slidev/slides` with a slide whose chunk is gone after a redeploy handed to lib/site/client/redeploy.ts
 * (at `redeployModule`): the page reloads at the same slide (or offers to), and the slide stays
 * "loading" meanwhile instead of rendering Slidev's error slide and logging an error.
 */
export function patchSlideLoadErrors(code: string, redeployModule: string): string {
  if (!code.includes(SLIDEV_LOAD_ERROR))
    throw new Error('deck: Slidev\'s /@slidev/slides no longer catches slide load errors the way lib/site/client-patches.ts expects; update or remove the patch')
  return `import { handleSlideLoadError as __deckStaleChunk, pending as __deckPending } from ${JSON.stringify(redeployModule)}\n${
    code.replaceAll(SLIDEV_LOAD_ERROR, `  catch (e) { if (__deckStaleChunk(e)) return __deckPending(); console.error('slide failed to load', e); return SlideError }`)}`
}

/** logic/utils.ts takes parseRangeString from the parser's core, which brings the YAML parser along. */
export const SLIDEV_RANGE_IMPORT = `import { parseRangeString } from '@slidev/parser/core'`

/** logic/utils.ts with parseRangeString from `@slidev/parser/utils`, as the rest of the client has it. */
export function patchClientUtils(code: string): string {
  if (!code.includes(SLIDEV_RANGE_IMPORT))
    throw new Error('deck: @slidev/client logic/utils.ts no longer imports parseRangeString the way lib/site/client-patches.ts expects; update or remove the patch')
  return code.replace(SLIDEV_RANGE_IMPORT, `import { parseRangeString } from '@slidev/parser/utils'`)
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

/** How Slidev's client installs the TwoSlash popups (setup/main.ts). */
export const SLIDEV_TWOSLASH_IMPORT = `import TwoSlashFloatingVue from '@shikijs/vitepress-twoslash/client'`
export const TWOSLASH_STUB = 'const TwoSlashFloatingVue = { install() {} } // TwoSlash is not used in this deck (lib/site/client-patches.ts)'

export function patchClientMain(code: string): string {
  if (!code.includes(SLIDEV_TWOSLASH_IMPORT))
    throw new Error('deck: @slidev/client setup/main.ts no longer imports the TwoSlash popups the way lib/site/client-patches.ts expects; update or remove the patch')
  return code.replace(SLIDEV_TWOSLASH_IMPORT, TWOSLASH_STUB)
}

/** Whether any Markdown file of the deck (slides.md, pages/) asks for TwoSlash. */
export function deckUsesTwoslash(root: string): boolean {
  const files = [join(root, 'slides.md'), ...readdirSync(join(root, 'pages')).filter(f => f.endsWith('.md')).map(f => join(root, 'pages', f))]
  return files.some(f => /twoslash/i.test(readFileSync(f, 'utf8')))
}

/** `export * from` the runtime-only Vue build, in place of the full build Slidev aliases `vue` to. */
export function runtimeOnlyVue(runtimePath: string): string {
  return `export * from ${JSON.stringify(runtimePath)}\n`
}

const isClientFile = (id: string, path: string) => id.replace(/\\/g, '/').endsWith(`/@slidev/client/${path}`)

export function clientPatches(): Plugin[] {
  let root = process.cwd()
  let build = false
  const preloadModule = resolve(import.meta.dirname, 'client/idle-preload.ts')
  const redeployModule = resolve(import.meta.dirname, 'client/redeploy.ts')
  return [{
    name: 'deck:client-patches',
    enforce: 'pre',
    configResolved(config) {
      root = config.root
      build = config.command === 'build'
    },
    load(id) {
      if (build && /\/vue\/dist\/vue\.esm-bundler\.js$/.test(id.replace(/\\/g, '/')))
        return runtimeOnlyVue(id.replace(/vue\.esm-bundler\.js$/, 'vue.runtime.esm-bundler.js'))
    },
    transform(code, id) {
      // Only the built site: `slidev` and `slidev export` (a dev server) run Slidev as shipped, so
      // the PDF is printed by the code Slidev's exporter expects.
      if (!build)
        return
      if (isClientFile(id, 'logic/utils.ts'))
        return patchClientUtils(code)
      if (isClientFile(id, 'pages/play.vue'))
        return patchPlay(code)
      if (id === '/@slidev/slides')
        return patchSlideLoadErrors(patchSlideList(code), redeployModule)
      if (isClientFile(id, 'internals/SlidesShow.vue'))
        return patchSlidesShow(code, preloadModule)
      if (isClientFile(id, 'setup/main.ts') && !deckUsesTwoslash(root))
        return patchClientMain(code)
    },
  }]
}
