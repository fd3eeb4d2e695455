/**
 * `npm run preview [-- --dist dist] [-- --port 4173] [-- --host 127.0.0.1] [-- --no-security] [-- --base /deck/]`
 *
 * Serves what `npm run build:site` last built into `--dist` the way a static host does, with the
 * server the tests and benches use (lib/site/static-server.ts: gzip, clean URLs, the SPA
 * fallback, `/` sent to the base path), under the base path the build recorded
 * (lib/site/build-record.ts; `--base` for a build without a record, such as `npm run build`),
 * and with the security headers of netlify.toml / vercel.json on every response.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { buildRecordPath, readBuildRecord } from '../lib/site/build-record.ts'
import { normalizeBase, serveStatic } from '../lib/site/static-server.ts'

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
  const dist = resolve(values.dist)
  const base = existsSync(buildRecordPath(dist)) || !values.base ? readBuildRecord(dist).base : normalizeBase(values.base)
  const { url } = await serveStatic({ root: dist, base, port: Number(values.port), host: values.host, security: values.security })
  console.log(`preview: ${values.dist} at ${url} (gzip, SPA fallback${values.security ? ', security headers' : ''}) — Ctrl-C to stop`)
}
catch (error) {
  console.error(`preview: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
