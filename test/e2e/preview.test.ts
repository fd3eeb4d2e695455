/**
 * The README's pair, `npm run build:site -- --base …` then `npm run preview`, under a sub-path:
 * the global setup built the site with buildSite under /deck/ (which records the build), and
 * scripts/preview.ts serves that record's output, as the README runs it, on a free port.
 */
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readBuildRecord } from '../../lib/site/build-record.ts'
import { SECURITY_HEADERS } from '../../lib/site/security-headers.ts'
import { builtSite } from './site.ts'

// The global set-up builds the site while the first files run (test/e2e/site.ts).
await builtSite()

const dist = inject('distDir')
const base = new URL(inject('deckUrl')).pathname

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  await new Promise<void>(done => server.close(() => done()))
  return port
}

let child: ChildProcess
let url: string

beforeAll(async () => {
  const port = await freePort()
  child = spawn(process.execPath, ['--import', 'tsx', 'scripts/preview.ts', '--dist', dist, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  url = await new Promise<string>((done, fail) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const m = /preview: .* at (http:\S+)/.exec(output)
      if (m)
        done(m[1]!)
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.once('exit', code => fail(new Error(`preview exited (${code}) before serving:\n${output}`)))
  })
})

afterAll(() => {
  child?.kill()
})

describe('npm run preview of a sub-path build', () => {
  it('serves under the base path the build recorded', () => {
    expect(base).not.toBe('/')
    expect(readBuildRecord(dist).base).toBe(base)
    expect(new URL(url).pathname).toBe(base)
  })

  it('answers the page, deck-start.js, a hashed asset and a deep link with the security headers', async () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8')
    const asset = new RegExp(`"(${base}assets/[^"]+-[\\w-]{8}\\.js)"`).exec(html)?.[1]
    expect(asset, 'a hashed asset in index.html').toBeTruthy()
    for (const path of [base, `${base}deck-start.js`, asset!, `${base}12`]) {
      const response = await fetch(new URL(path, url), { headers: { 'accept-encoding': 'gzip' } })
      expect(response.status, path).toBe(200)
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers.get(name), `${name} on ${path}`).toBe(value)
      if (path.endsWith('.js'))
        expect(response.headers.get('content-type'), path).toMatch(/javascript/)
      else
        expect(await response.text(), path).toContain('<div id="app">')
    }
  })

  it('sends / to the base path, and has nothing outside it', async () => {
    const root = await fetch(new URL('/', url), { redirect: 'manual' })
    expect(root.status).toBe(302)
    expect(root.headers.get('location')).toBe(base)
    const outside = await fetch(new URL('/deck-start.js', url))
    expect(outside.status).toBe(404)
    expect(outside.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy'])
  })
})
