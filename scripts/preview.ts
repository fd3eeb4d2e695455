/**
 * `npm run preview [-- --dist dist] [-- --port 4173] [-- --host 127.0.0.1] [-- --base /deck/] [-- --no-security]`
 *
 * Serves a built deck the way a static host does (lib/site/static-server.ts): gzip, the SPA fallback,
 * and the same security headers as netlify.toml / vercel.json. The base path is read from the
 * build's index.html unless given.
 */
import process from 'node:process'
import { parseArgs } from 'node:util'
import { detectBase, serveStatic } from '../lib/site/static-server'

const { values } = parseArgs({
  options: {
    'dist': { type: 'string', default: 'dist' },
    'port': { type: 'string', default: '4173' },
    'host': { type: 'string', default: '127.0.0.1' },
    'base': { type: 'string' },
    'no-security': { type: 'boolean', default: false },
  },
})

const base = values.base ?? detectBase(values.dist)
const server = await serveStatic({
  root: values.dist,
  base,
  port: Number(values.port),
  host: values.host,
  security: !values['no-security'],
})
console.log(`preview: ${values.dist} at ${server.url} (gzip, SPA fallback${values['no-security'] ? '' : ', security headers'}) — Ctrl-C to stop`)
process.on('SIGINT', () => {
  server.close().then(() => process.exit(0))
})
