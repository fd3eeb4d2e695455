import type { Plugin } from 'vite'
import { NO_ADDRESS_NOTE, qrSvg } from '../site/talk-address.ts'

const TALK_ADDRESS_ID = 'virtual:talk-address'

/**
 * `virtual:talk-address`: `{ url, qr }`, the talk's address and its QR code as SVG markup, or
 * both undefined without an address (said once, when the server or build starts).
 */
export function talkAddressPlugin(env: { siteUrl?: string }): Plugin {
  return {
    name: 'deck:talk-address',
    configResolved() {
      if (!env.siteUrl)
        console.warn(NO_ADDRESS_NOTE)
    },
    resolveId: id => (id === TALK_ADDRESS_ID ? `\0${TALK_ADDRESS_ID}` : undefined),
    load(id) {
      if (id !== `\0${TALK_ADDRESS_ID}`)
        return undefined
      const talk = env.siteUrl ? { url: env.siteUrl, qr: qrSvg(env.siteUrl) } : {}
      return `export default ${JSON.stringify(talk)}`
    },
  }
}
