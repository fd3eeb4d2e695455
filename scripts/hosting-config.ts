/**
 * `npm run hosting-config`: writes netlify.toml and vercel.json from lib/site/security-headers.ts, the
 * one place the deck's response headers are defined. test/unit/site/security-headers.test.ts fails
 * when the committed files differ from what this would write.
 */
import { writeFileSync } from 'node:fs'
import { netlifyToml, vercelJson } from '../lib/site/security-headers.ts'

writeFileSync('netlify.toml', netlifyToml())
writeFileSync('vercel.json', vercelJson())
console.log('wrote netlify.toml, vercel.json')
