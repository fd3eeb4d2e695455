/**
 * A static file server for the built deck, the way a static host serves it: files under a base
 * path, gzip when the client accepts it, clean URLs (`/read` is read.html), the SPA fallback (any unknown path under the base gets
 * index.html, so a deep link such as /deck/12 opens slide 12), and optionally the security
 * headers the hosting configs send (lib/site/security-headers.ts). The one server of the project:
 * `npm run preview`, the browser tests, the benchmark (also over HTTP/2 with TLS), the screenshot
 * script and the link-preview image.
 */
import type { Buffer } from 'node:buffer'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2'
import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { createSecureServer } from 'node:http2'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { createGzip } from 'node:zlib'
import { IMMUTABLE_CACHE, SECURITY_HEADERS } from './security-headers.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest'])

export interface ServeOptions {
  root: string
  /** Base path the site was built for, e.g. "/deck/"; default "/". */
  base?: string
  port?: number
  host?: string
  /** Extra response headers. */
  headers?: Record<string, string>
  /** Send the hosting configs' headers (CSP, nosniff, Referrer-Policy, Permissions-Policy…). */
  security?: boolean
  /**
   * Serve over HTTPS with HTTP/2 (HTTP/1.1 still answered), as GitHub Pages, Netlify and Vercel
   * do: the benchmark measures the hosted site's request pattern, not a local HTTP/1.1 queue.
   */
  tls?: { key: string | Buffer, cert: string | Buffer }
  /**
   * The build still running into `root`: the server listens at once (its URL can be handed out)
   * and answers each request once this has settled.
   */
  ready?: Promise<unknown>
}

export interface RunningServer {
  url: string
  close: () => Promise<void>
}

export function normalizeBase(base = '/'): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
}

export async function serveStatic(options: ServeOptions): Promise<RunningServer> {
  const root = resolve(options.root)
  const base = normalizeBase(options.base)
  const extra = { ...(options.security ? SECURITY_HEADERS : {}), ...options.headers }
  const index = join(root, 'index.html')
  const missing = () => new Error(`serve: ${index} does not exist — run \`npm run build\` first`)
  if (!options.ready && !existsSync(index))
    throw missing()

  const answer = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    let path = decodeURIComponent(url.pathname)
    if (path === '/' && base !== '/') {
      res.writeHead(302, { location: base, ...extra }).end()
      return
    }
    if (!path.startsWith(base) && `${path}/` !== base) {
      res.writeHead(404, { 'content-type': 'text/plain', ...extra }).end(`not under ${base}`)
      return
    }
    path = path.slice(base.length - 1) || '/'
    let file = normalize(join(root, path))
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, extra).end()
      return
    }
    // One look at the file: it may be gone by a second one (a redeploy swapping the folder).
    let stat = statSync(file, { throwIfNoEntry: false })
    // Clean URLs, as static hosts serve them: /read is read.html (the reading document).
    if (!stat?.isFile() && !extname(path) && path !== '/') {
      const page = statSync(`${file.replace(/[/\\]$/, '')}.html`, { throwIfNoEntry: false })
      if (page?.isFile()) {
        file = `${file.replace(/[/\\]$/, '')}.html`
        stat = page
      }
    }
    if (!stat?.isFile()) {
      // Asset requests that miss are real 404s; page routes fall back to the app.
      if (extname(path) && extname(path) !== '.html') {
        res.writeHead(404, { 'content-type': 'text/plain', ...extra }).end('not found')
        return
      }
      file = index
      stat = statSync(index)
    }
    const ext = extname(file)
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': file.startsWith(join(root, 'assets') + sep) ? IMMUTABLE_CACHE : 'no-cache',
      ...extra,
    }
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    if (gzip) {
      headers['content-encoding'] = 'gzip'
      headers.vary = 'accept-encoding'
    }
    else {
      headers['content-length'] = String(stat.size)
    }
    res.writeHead(200, headers)
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    // A file that cannot be read (gone under a redeploy that swaps the folder, a read error) ends
    // the response with an error: an unhandled stream error would stop the server, and a response
    // left open would hold the client (and a service worker's fetch) until it times out.
    const stream = createReadStream(file)
    stream.once('error', error => res.destroy(error))
    ;(gzip ? stream.pipe(createGzip()) : stream).pipe(res as NodeJS.WritableStream)
  }
  const ready = options.ready?.then(() => {}, () => {})
  const handler: typeof answer = (req, res) => {
    if (!ready)
      return answer(req, res)
    void ready.then(() => existsSync(index) ? answer(req, res) : res.writeHead(503, { 'content-type': 'text/plain', ...extra }).end(missing().message))
  }
  const server = options.tls
    ? createSecureServer({ ...options.tls, allowHTTP1: true }, handler)
    : createServer(handler)

  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', done)
  })
  const { port, address } = server.address() as AddressInfo
  return {
    url: `${options.tls ? 'https' : 'http'}://${address}:${port}${base}`,
    close: () => new Promise<void>(done => server.close(() => done())),
  }
}
