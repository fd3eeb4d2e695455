import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  deckUsesTwoslash,
  patchClientMain,
  patchClientUtils,
  patchPlay,
  patchSlideList,
  patchSlideLoadErrors,
  patchSlidesShow,
  runtimeOnlyVue,
  SLIDEV_ASYNC_LOADER,
  SLIDEV_LOAD_ERROR,
  TWOSLASH_STUB,
} from '../../../lib/site/client-patches'

const require = createRequire(import.meta.url)
const clientRoot = dirname(require.resolve('@slidev/client/package.json'))
const client = (path: string) => readFileSync(join(clientRoot, path), 'utf8')

describe('the installed Slidev still has the code each patch changes', () => {
  it('SlidesShow.vue: preload of every slide after 3 s → one per idle period', () => {
    const out = patchSlidesShow(client('internals/SlidesShow.vue'), '/abs/lib/site/client/idle-preload.ts')
    expect(out).toContain('import { preloadWhenIdle as __deckPreloadWhenIdle } from "/abs/lib/site/client/idle-preload.ts"')
    expect(out).toContain('onCleanup(__deckPreloadWhenIdle(routes, preloadRoute))')
    expect(out).not.toContain('routes.forEach(preloadRoute)')
  })

  it('play.vue: navigation bar and dialogs in their own chunk, mounted one task after the slide view', () => {
    const out = patchPlay(client('pages/play.vue'))
    expect(out).not.toMatch(/^import (?:Controls|NavControls) from/m)
    expect(out).toContain(`Promise.all([import('../internals/Controls.vue'), import('../internals/NavControls.vue')])`)
    expect(out).toContain('const NavControls = defineAsyncComponent(')
    expect(out).toContain('<NavControls v-if="__deckControls" :persist="persistNav" />')
    expect(out).toContain('<Controls v-if="!isPrintMode && __deckControls" />')
    expect(out).toContain('onMounted(() => setTimeout(() => { __deckControls.value = true }))')
  })

  it('setup/main.ts: TwoSlash popups not installed', () => {
    const out = patchClientMain(client('setup/main.ts'))
    expect(out).toContain(TWOSLASH_STUB)
    expect(out).not.toContain('@shikijs/vitepress-twoslash/client')
    expect(out).toContain('app.use(TwoSlashFloatingVue as any')
  })

  it('/@slidev/slides: each slide resolves one task later', () => {
    const cliDist = join(dirname(require.resolve('@slidev/cli/package.json')), 'dist')
    const serve = readdirSync(cliDist).filter(f => /^serve-.*\.mjs$/.test(f)).map(f => readFileSync(join(cliDist, f), 'utf8')).join('')
    expect(serve).toContain(JSON.stringify(SLIDEV_ASYNC_LOADER.replace('\n', '')).slice(1, -1))
    const out = patchSlideList(`const getAsyncComponent = (idx, loader) => defineAsyncComponent({\n${SLIDEV_ASYNC_LOADER}  delay: 300,\n})`)
    expect(out).toContain('loader: () => loader().then(m => new Promise(resolve => setTimeout(() => resolve(m)))),')
  })

  it('/@slidev/slides: a slide whose chunk is gone after a redeploy goes to lib/site/client/redeploy.ts, not the error slide', () => {
    const cliDist = join(dirname(require.resolve('@slidev/cli/package.json')), 'dist')
    const serve = readdirSync(cliDist).filter(f => /^serve-.*\.mjs$/.test(f)).map(f => readFileSync(join(cliDist, f), 'utf8')).join('')
    expect(serve).toContain(SLIDEV_LOAD_ERROR)
    const out = patchSlideLoadErrors(`const load1 = async () => {\n${SLIDEV_LOAD_ERROR}\n}\nconst load2 = async () => {\n${SLIDEV_LOAD_ERROR}\n}`, '/abs/lib/site/client/redeploy.ts')
    expect(out.startsWith('import { handleSlideLoadError as __deckStaleChunk, pending as __deckPending } from "/abs/lib/site/client/redeploy.ts"\n')).toBe(true)
    expect(out.match(/if \(__deckStaleChunk\(e\)\) return __deckPending\(\)/g)).toHaveLength(2)
    expect(() => patchSlideLoadErrors('export {}', '/x')).toThrow(/slide load errors/)
  })

  it('logic/utils.ts: parseRangeString without the YAML parser', async () => {
    const out = patchClientUtils(client('logic/utils.ts'))
    expect(out).toContain(`import { parseRangeString } from '@slidev/parser/utils'`)
    expect(out).not.toContain('@slidev/parser/core')
    const utils = await import('@slidev/parser/utils')
    expect(utils.parseRangeString(10, '1,3-5')).toEqual([1, 3, 4, 5])
  })

  it('each patch refuses code it does not recognise', () => {
    expect(() => patchSlidesShow('<script setup lang="ts">\n</script>', '/x')).toThrow(/SlidesShow\.vue/)
    expect(() => patchPlay('<template />')).toThrow(/play\.vue/)
    expect(() => patchClientMain('export {}')).toThrow(/setup\/main\.ts/)
    expect(() => patchSlideList('export {}')).toThrow(/@slidev\/slides/)
    expect(() => patchClientUtils('export {}')).toThrow(/logic\/utils\.ts/)
  })
})

describe('runtime-only Vue', () => {
  it('re-exports the runtime build in place of the one with the template compiler', () => {
    expect(runtimeOnlyVue('/n/vue/dist/vue.runtime.esm-bundler.js')).toBe('export * from "/n/vue/dist/vue.runtime.esm-bundler.js"\n')
  })
})

describe('TwoSlash detection', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'deck-twoslash-'))
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  it('this deck uses none; a code block marked twoslash is found', () => {
    expect(deckUsesTwoslash('.')).toBe(false)
    mkdirSync(join(tmp, 'pages'))
    writeFileSync(join(tmp, 'slides.md'), '# Deck\n')
    writeFileSync(join(tmp, 'pages', '01-code.md'), '```ts twoslash\nconst a = 1\n```\n')
    expect(deckUsesTwoslash(tmp)).toBe(true)
  })
})
