import { Buffer } from 'node:buffer'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { connect } from 'node:http2'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { gunzipSync } from 'node:zlib'
import selfsigned from 'selfsigned'
import { afterAll, describe, expect, it } from 'vitest'
import { SECURITY_HEADERS } from '../../../lib/site/security-headers.ts'
import { serveStatic } from '../../../lib/site/static-server.ts'

const root = mkdtempSync(join(tmpdir(), 'deck-serve-'))
mkdirSync(join(root, 'assets'))
writeFileSync(join(root, 'index.html'), '<!doctype html><title>封面</title>')
writeFileSync(join(root, 'assets', 'app.js'), 'export const a = 1\n'.repeat(50))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('the static server', () => {
  it('serves under the base path with gzip, the security headers and the SPA fallback (HTTP/1.1)', async () => {
    const server = await serveStatic({ root, base: '/deck/', security: true })
    try {
      const js = await fetch(new URL('assets/app.js', server.url))
      expect(js.status).toBe(200)
      expect(js.headers.get('content-encoding')).toBe('gzip')
      expect(js.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy'])
      expect(await (await fetch(new URL('12', server.url))).text()).toContain('<title>封面</title>')
      expect((await fetch(new URL('assets/missing.js', server.url))).status).toBe(404)
    }
    finally {
      await server.close()
    }
  })

  // /proc/self/mem is a file that stats as a regular file and fails to read (EIO): what a file
  // that vanishes under a request looks like to the server.
  it.runIf(process.platform === 'linux')('ends the response with an error when a file cannot be read, and keeps serving', async () => {
    symlinkSync('/proc/self/mem', join(root, 'assets', 'unreadable.js'))
    const server = await serveStatic({ root, base: '/deck/' })
    try {
      const started = Date.now()
      const read = fetch(new URL('assets/unreadable.js', server.url)).then(r => r.arrayBuffer())
      await expect(read).rejects.toThrow()
      expect(Date.now() - started, 'ms until the client hears of it').toBeLessThan(2000)
      expect((await fetch(new URL('assets/app.js', server.url))).status).toBe(200)
    }
    finally {
      await server.close()
    }
  })

  it('given a build still running, listens at once and answers once it is done (503 if it left no site)', async () => {
    const later = mkdtempSync(join(tmpdir(), 'deck-serve-later-'))
    let finish!: () => void
    const server = await serveStatic({ root: later, base: '/deck/', ready: new Promise<void>(resolve => finish = resolve) })
    try {
      // Until the build is done, a request gets no answer (not the missing page's 503).
      await expect(fetch(server.url, { signal: AbortSignal.timeout(300) })).rejects.toThrow(/aborted|timeout/i)
      writeFileSync(join(later, 'index.html'), '<!doctype html><title>新版</title>')
      finish()
      expect(await (await fetch(server.url)).text()).toContain('新版')

      rmSync(join(later, 'index.html'))
      const gone = await fetch(server.url)
      expect(gone.status).toBe(503)
      expect(await gone.text()).toContain('npm run build')
    }
    finally {
      await server.close()
      rmSync(later, { recursive: true, force: true })
    }
  })

  it('without a build to wait for, refuses to start on a folder with no index.html', async () => {
    await expect(serveStatic({ root: join(root, 'assets') })).rejects.toThrow(/index\.html does not exist/)
  })

  it('speaks HTTP/2 over TLS when given a certificate, as the hosts do', async () => {
    const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], { notAfterDate: new Date(Date.now() + 864e5) })
    const server = await serveStatic({ root, base: '/', security: true, tls: { key: pems.private, cert: pems.cert } })
    expect(server.url).toMatch(/^https:\/\//)
    const session = connect(server.url, { rejectUnauthorized: false })
    try {
      const { headers, body } = await new Promise<{ headers: Record<string, unknown>, body: Buffer }>((resolve, reject) => {
        const req = session.request({ ':path': '/assets/app.js', 'accept-encoding': 'gzip' })
        const chunks: Buffer[] = []
        let headers: Record<string, unknown> = {}
        req.on('response', h => headers = h)
        req.on('data', (c: Buffer) => chunks.push(c))
        req.on('end', () => resolve({ headers, body: Buffer.concat(chunks) }))
        req.on('error', reject)
        req.end()
      })
      expect(session.alpnProtocol).toBe('h2')
      expect(headers[':status']).toBe(200)
      expect(headers['content-encoding']).toBe('gzip')
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(gunzipSync(body).toString()).toContain('export const a = 1')
    }
    finally {
      session.close()
      await server.close()
    }
  })
})
