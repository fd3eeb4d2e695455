/**
 * The HTTP headers the hosted deck is served with — the one place they are defined. netlify.toml
 * and vercel.json are generated from here (`npm run hosting-config`; a unit test fails when they
 * drift), and `npm run preview` and the browser tests serve the deck with the same headers, so a
 * CSP violation shows up in the tests before it shows up on the host.
 */

/**
 * Content-Security-Policy: everything from the deck's own origin, nothing from any other host.
 * - style-src 'unsafe-inline': Vue and Slidev set `style` attributes and inject <style> elements
 *   at run time (slide scaling, transitions, per-slide styles).
 * - img-src/font-src data: UnoCSS icons are CSS masks with data: SVGs; KaTeX and Slidev inline a
 *   few tiny images.
 * - no 'unsafe-eval', no inline scripts: the service worker is registered from the app's bundle
 *   and from public/read.js.
 */
export const CSP_DIRECTIVES: [string, string][] = [
  ['default-src', '\'self\''],
  ['script-src', '\'self\''],
  ['style-src', '\'self\' \'unsafe-inline\''],
  ['img-src', '\'self\' data: blob:'],
  ['font-src', '\'self\' data:'],
  ['connect-src', '\'self\''],
  ['media-src', '\'self\''],
  ['worker-src', '\'self\''],
  ['manifest-src', '\'self\''],
  ['frame-src', '\'self\''],
  ['object-src', '\'none\''],
  ['base-uri', '\'self\''],
  ['form-action', '\'self\''],
  ['frame-ancestors', '\'self\''],
]

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ')

/** Directives a `<meta http-equiv>` policy cannot carry (the browser ignores them there). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

/**
 * The same policy for a `<meta http-equiv="Content-Security-Policy">` in the built pages, for hosts
 * that send no headers (GitHub Pages): everything but what only a header can say.
 */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.filter(([k]) => !HEADER_ONLY.has(k)).map(([k, v]) => `${k} ${v}`).join('; ')

/** Browser features the deck never uses are switched off; fullscreen and wake lock stay for presenting. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'fullscreen=(self)',
  'screen-wake-lock=(self)',
].join(', ')

/** Sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'SAMEORIGIN',
}

/** Hashed build assets never change: cache them for a year. Everything else is revalidated. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'

const GENERATED = 'Generated from lib/site/security-headers.ts by `npm run hosting-config`: edit that file, not this one.'

/** netlify.toml: build command, publish folder, SPA fallback and the headers. */
export function netlifyToml(): string {
  const q = (s: string) => JSON.stringify(s)
  const lines = [
    `# ${GENERATED}`,
    '# Netlify builds the public deck (no speaker notes) with the PDF, at the site root.',
    '[build]',
    `command = ${q('npx playwright install chromium && npm run build:site')}`,
    'publish = "dist"',
    '',
    '[build.environment]',
    'NODE_VERSION = "20"',
    '',
    '# The reading document at /read; then the SPA fallback: a deep link such as /12 opens slide 12',
    '# (files that exist are served first).',
    '[[redirects]]',
    'from = "/read"',
    'to = "/read.html"',
    'status = 200',
    '',
    '[[redirects]]',
    'from = "/*"',
    'to = "/index.html"',
    'status = 200',
    '',
    '[[headers]]',
    'for = "/*"',
    '',
    '[headers.values]',
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `${k} = ${q(v)}`),
    '',
    '[[headers]]',
    'for = "/assets/*"',
    '',
    '[headers.values]',
    `Cache-Control = ${q(IMMUTABLE_CACHE)}`,
    '',
  ]
  return lines.join('\n')
}

/** vercel.json: the same, in Vercel's terms (JSON has no comments: see GENERATED above). */
export function vercelJson(): string {
  const config = {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    buildCommand: 'npx playwright install chromium && npm run build:site',
    outputDirectory: 'dist',
    cleanUrls: false,
    trailingSlash: false,
    rewrites: [{ source: '/read', destination: '/read.html' }, { source: '/(.*)', destination: '/index.html' }],
    headers: [
      { source: '/(.*)', headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) },
      { source: '/assets/(.*)', headers: [{ key: 'Cache-Control', value: IMMUTABLE_CACHE }] },
    ],
  }
  return `${JSON.stringify(config, null, 2)}\n`
}
