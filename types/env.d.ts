// The talk's address and its QR code (lib/vite/talk-address.ts): both undefined
// when package.json has no "homepage".
declare module 'virtual:talk-address' {
  const talk: { url?: string, qr?: string }
  export default talk
}

interface ImportMetaEnv {
  /** The slides PDF's file name in a build that has it, else '' (lib/vite/defines.ts). */
  readonly DECK_PDF: string
}
