import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, netlifyToml, SECURITY_HEADERS, vercelJson } from '../../../lib/site/security-headers.ts'

describe('security headers', () => {
  it('allow only the deck\'s own origin, no eval, no inline script', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => {
      const [name, ...values] = d.split(' ')
      return [name, values]
    }))
    expect(directives['default-src']).toEqual(['\'self\''])
    expect(directives['script-src']).toEqual(['\'self\''])
    expect(directives['object-src']).toEqual(['\'none\''])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/)
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff')
    expect(SECURITY_HEADERS['Referrer-Policy']).toBeTruthy()
    expect(SECURITY_HEADERS['Permissions-Policy']).toContain('camera=()')
  })

  it('are what netlify.toml and vercel.json send (run `npm run hosting-config` after a change)', () => {
    expect(readFileSync('netlify.toml', 'utf8')).toBe(netlifyToml())
    expect(readFileSync('vercel.json', 'utf8')).toBe(vercelJson())
  })

  it('netlify.toml: the SPA fallback, the public build', () => {
    const toml = netlifyToml()
    expect(toml).toMatch(/from = "\/\*"\nto = "\/index\.html"\nstatus = 200/)
    expect(toml).toContain('npm run build:site')
  })

  it('vercel.json: the SPA fallback, the public build', () => {
    const config = JSON.parse(vercelJson()) as { buildCommand: string, outputDirectory: string, rewrites: { source: string, destination: string }[], headers: { source: string, headers: { key: string, value: string }[] }[] }
    expect(config.rewrites).toEqual([{ source: '/read', destination: '/read.html' }, { source: '/(.*)', destination: '/index.html' }])
    expect(config.outputDirectory).toBe('dist')
    expect(config.buildCommand).toContain('npm run build:site')
  })

  it('the built pages carry the policy as a meta tag, less what only a header can say', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors|report-uri|sandbox/)
    expect(META_CONTENT_SECURITY_POLICY).toContain('script-src \'self\'')
  })
})
