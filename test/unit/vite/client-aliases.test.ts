import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  clientAliases,
  deckUsesTwoslash,
  runtimeOnlyVue,
  unwantedModules,
} from '../../../lib/vite/client-aliases.ts'

const require = createRequire(import.meta.url)
const clientRoot = dirname(require.resolve('@slidev/client/package.json'))
const client = (path: string) => readFileSync(join(clientRoot, path), 'utf8')
const cliDist = join(dirname(require.resolve('@slidev/cli/package.json')), 'dist')

describe('what the built site leaves out through Vite\'s resolution, not patches', () => {
  it('the client still takes parseRangeString from the parser\'s core, which the utils module also has', async () => {
    expect(client('logic/utils.ts')).toContain(`import { parseRangeString } from '@slidev/parser/core'`)
    const [alias] = clientAliases(false, '/x')
    expect(alias!.find.test('@slidev/parser/core')).toBe(true)
    expect(alias!.replacement).toBe('@slidev/parser/utils')
    const utils = await import('@slidev/parser/utils')
    expect(utils.parseRangeString(10, '1,3-5')).toEqual([1, 3, 4, 5])
  })

  it('the client still installs the TwoSlash popups as a Vue plugin; the stand-in is one that does nothing', async () => {
    expect(client('setup/main.ts')).toContain(`import TwoSlashFloatingVue from '@shikijs/vitepress-twoslash/client'`)
    expect(client('setup/main.ts')).toContain('app.use(TwoSlashFloatingVue as any')
    const stub = (await import('../../../lib/client/no-twoslash.ts')).default
    expect(typeof stub.install).toBe('function')
    expect(clientAliases(false, '/abs/no-twoslash.ts').some(a => a.find.test('@shikijs/vitepress-twoslash/client') && a.replacement === '/abs/no-twoslash.ts')).toBe(true)
    // A deck that uses TwoSlash keeps the popups.
    expect(clientAliases(true, '/x').some(a => a.find.test('@shikijs/vitepress-twoslash/client'))).toBe(false)
  })

  it('Slidev still aliases vue to the build with the template compiler; that path goes to the runtime-only build', () => {
    const serve = readdirSync(cliDist).filter(f => /^serve-.*\.mjs$/.test(f)).map(f => readFileSync(join(cliDist, f), 'utf8')).join('')
    expect(serve).toContain('resolveImportPath("vue/dist/vue.esm-bundler.js", true)')
    expect(runtimeOnlyVue('/n/node_modules/vue/dist/vue.esm-bundler.js')).toBe('/n/node_modules/vue/dist/vue.runtime.esm-bundler.js')
    expect(runtimeOnlyVue('vue')).toBeUndefined()
    expect(runtimeOnlyVue('/n/node_modules/vue/dist/vue.runtime.esm-bundler.js')).toBeUndefined()
  })

  it('the build fails when the YAML parser, the template compiler or (unused) TwoSlash comes back by any path', () => {
    const ids = ['/p/node_modules/yaml/dist/index.js', '/p/node_modules/vue/dist/vue.esm-bundler.js', '/p/node_modules/@shikijs/vitepress-twoslash/dist/client.mjs']
    expect(unwantedModules(ids, false)).toHaveLength(3)
    expect(unwantedModules(ids, true)).toHaveLength(2)
    expect(unwantedModules(['/p/node_modules/vue/dist/vue.runtime.esm-bundler.js', '/p/node_modules/@slidev/parser/dist/utils.mjs'], false)).toEqual([])
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
