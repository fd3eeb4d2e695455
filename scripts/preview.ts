/**
 * `npm run preview [-- --dist dist] [-- --port 4173] [-- --host 127.0.0.1] [-- --no-security] [-- --base /deck/]`
 *
 * Serves what `npm run build:site` last built into `--dist`, as it was built: under the base path
 * it recorded (lib/site/build-record.ts; `--base` for a build without a record, such as
 * `npm run build`), with Vite's own preview server (gzip, the SPA fallback,
 * `/` redirected to the base) and the security headers of netlify.toml / vercel.json
 * (lib/site/security-headers.ts) on every response.
 */
import type { Plugin, PreviewServer } from 'vite'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { preview } from 'vite'
import { buildRecordPath, readBuildRecord } from '../lib/site/build-record.ts'
import { SECURITY_HEADERS } from '../lib/site/security-headers.ts'
import { normalizeBase } from '../lib/site/static-server.ts'

export interface PreviewOptions {
  dist?: string
  /** Base path of a build that has no record (`npm run build`); a recorded build uses its own. */
  base?: string
  port?: number
  host?: string
  /** Send the hosting configs' headers (default true). */
  security?: boolean
}

/** Every response, the 404s and the redirect to the base included, carries the security headers. */
function securityHeaders(): Plugin {
  return {
    name: 'deck:preview-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          res.setHeader(name, value)
        next()
      })
    },
  }
}

export async function previewSite(options: PreviewOptions = {}): Promise<{ server: PreviewServer, url: string }> {
  const dist = resolve(options.dist ?? 'dist')
  const base = existsSync(buildRecordPath(dist)) || !options.base ? readBuildRecord(dist).base : normalizeBase(options.base)
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    base,
    appType: 'spa',
    logLevel: 'warn',
    build: { outDir: dist },
    plugins: options.security === false ? [] : [securityHeaders()],
    preview: { port: options.port ?? 4173, strictPort: true, host: options.host ?? '127.0.0.1', open: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url)
    throw new Error('preview: the server reports no local URL')
  return { server, url }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4173' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string' },
      security: { type: 'boolean', default: true },
    },
    allowNegative: true,
  })
  try {
    const { url } = await previewSite({ dist: values.dist, base: values.base, port: Number(values.port), host: values.host, security: values.security })
    console.log(`preview: ${values.dist} at ${url} (gzip, SPA fallback${values.security ? ', security headers' : ''}) — Ctrl-C to stop`)
  }
  catch (error) {
    console.error(`preview: ${error instanceof Error ? error.message : error}`)
    process.exit(1)
  }
}
