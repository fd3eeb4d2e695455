/**
 * The talk's public address: `homepage` in package.json (the npm convention), configured once.
 * Link previews (og:url, canonical) and the QR code on the closing slide and the handout all use
 * it; without it they are left out, and the build and the exports say so once. The QR code is an
 * SVG drawn here, at build time, by uqr: the browser gets markup, no generator and no request.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderSVG } from 'uqr'

/** `homepage` of the package.json in `root`, as a URL ending in "/" where it names a folder; undefined when not set. */
export function talkAddress(root: string): string | undefined {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { homepage?: unknown }
  if (pkg.homepage === undefined || pkg.homepage === '')
    return undefined
  if (typeof pkg.homepage !== 'string' || !/^https:\/\/[^\s/]+/.test(pkg.homepage))
    throw new Error(`package.json: "homepage" must be the talk's https address, such as "https://example.org/talk/", not ${JSON.stringify(pkg.homepage)}`)
  const url = new URL(pkg.homepage)
  return url.href
}

/**
 * The QR code of `url` as an SVG that scales to its box: black on white in either colour scheme
 * (scanners read dark modules on a light ground), with a quiet zone of two modules.
 */
export function qrSvg(url: string): string {
  return renderSVG(url, { ecc: 'M', border: 2, pixelSize: 4, blackColor: '#000', whiteColor: '#fff' })
}

export const NO_ADDRESS_NOTE = 'deck: package.json has no "homepage" (the talk\'s public address): the QR code is left out of the closing slide and the handout, and link previews carry no og:url'
