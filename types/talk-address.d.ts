// The talk's address and its QR code (lib/site/plugins.ts talkAddressPlugin): both undefined
// when package.json has no "homepage".
declare module 'virtual:talk-address' {
  const talk: { url?: string, qr?: string }
  export default talk
}
