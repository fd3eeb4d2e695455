/**
 * Reads an exported PDF with pdfjs-dist and finds text drawn in a font that is not one of the
 * deck's bundled families. Chromium silently falls back to a system font (DejaVu, Liberation, …)
 * for a character the bundled fonts lack; such a PDF looks different on every machine, so the
 * export fails instead and names the page and the character.
 */
import type { LoadedPdf } from './pdf-read.ts'
import { readFileSync } from 'node:fs'
import { PDFDict, PDFDocument, PDFName, PDFRef, PDFStream } from 'pdf-lib'
import { loadPdf } from './pdf-read.ts'

/** PostScript-name prefixes of the fonts the deck bundles (styles/index.css, KaTeX). */
export const BUNDLED_FONT = /^(?:NotoSansSC|JetBrainsMono|KaTeX_)/

export interface FontFallback {
  /** 1-based page number. */
  page: number
  char: string
  /** e.g. "U+2079". */
  codepoint: string
  /** The font's name without the subset prefix, e.g. "DejaVuSans". */
  font: string
}

/** "ABCDEF+DejaVuSans" → "DejaVuSans". */
export function baseFontName(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, '')
}

export function codepoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/** One message per fallback: `slide 12: character '⁹' (U+2079) fell back to DejaVuSans`. */
export function describeFallback(f: FontFallback, pageLabel: (page: number) => string = p => `slide ${p}`): string {
  return `${pageLabel(f.page)}: character '${f.char}' (${f.codepoint}) fell back to ${f.font}`
}

/**
 * Pages (1-based) that use a font outside `allowed` or a Type 3 font, read from the fonts in the
 * page resources (and in those of the form XObjects it draws). Cheap: no content is decoded.
 */
export async function pagesWithForeignFonts(data: Uint8Array | PDFDocument, allowed: RegExp = BUNDLED_FONT): Promise<number[]> {
  const pdf = data instanceof PDFDocument ? data : await PDFDocument.load(data, { updateMetadata: false })
  const foreign = (resources: PDFDict | undefined, seen: Set<PDFDict>): boolean => {
    if (!resources || seen.has(resources))
      return false
    seen.add(resources)
    const fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict)
    for (const [, value] of fonts?.entries() ?? []) {
      const font = value instanceof PDFRef ? pdf.context.lookup(value) : value
      if (!(font instanceof PDFDict))
        continue
      const subtype = font.get(PDFName.of('Subtype'))?.toString()
      const base = font.get(PDFName.of('BaseFont'))?.toString().replace(/^\//, '') ?? ''
      if (subtype === '/Type3' || !allowed.test(baseFontName(base)))
        return true
    }
    const xobjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict)
    for (const [, value] of xobjects?.entries() ?? []) {
      const xobject = value instanceof PDFRef ? pdf.context.lookup(value) : value
      if (xobject instanceof PDFStream && foreign(xobject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), seen))
        return true
    }
    return false
  }
  return pdf.getPages().flatMap((page, i) => (foreign(page.node.Resources(), new Set()) ? [i + 1] : []))
}

/**
 * Characters whose font is not bundled (or is a Type 3 font), one entry per page and character.
 * `fonts` lists every font name met on those pages, for reports.
 */
export async function findFontFallbacks(file: string | Uint8Array | LoadedPdf, allowed: RegExp = BUNDLED_FONT): Promise<{ fallbacks: FontFallback[], fonts: string[] }> {
  const pdf = typeof file === 'string' || file instanceof Uint8Array
    ? await loadPdf(typeof file === 'string' ? new Uint8Array(readFileSync(file)) : file)
    : file
  try {
    return await fallbacksIn(pdf, allowed)
  }
  finally {
    if (pdf !== file)
      await pdf.close()
  }
}

async function fallbacksIn(pdf: LoadedPdf, allowed: RegExp): Promise<{ fallbacks: FontFallback[], fonts: string[] }> {
  // Read the text of only the pages whose resources name a foreign font.
  const suspect = await pagesWithForeignFonts(pdf.doc, allowed)
  if (suspect.length === 0)
    return { fallbacks: [], fonts: [] }
  const doc = await pdf.text()
  const fallbacks: FontFallback[] = []
  const fonts = new Set<string>()
  for (const n of suspect) {
    const page = await doc.getPage(n)
    const text = await page.getTextContent()
    // Fonts are loaded into commonObjs while the page's operators are read.
    await page.getOperatorList()
    const seen = new Set<string>()
    for (const item of text.items) {
      if (!('str' in item) || !item.str.trim())
        continue
      let name = item.fontName
      let type3 = false
      if (page.commonObjs.has(item.fontName)) {
        const font = page.commonObjs.get(item.fontName) as { name?: string, isType3Font?: boolean }
        name = baseFontName(font.name ?? item.fontName)
        type3 = Boolean(font.isType3Font)
      }
      fonts.add(type3 ? `${name} (Type 3)` : name)
      if (allowed.test(name) && !type3)
        continue
      for (const char of item.str) {
        if (!char.trim() || seen.has(char))
          continue
        seen.add(char)
        fallbacks.push({ page: n, char, codepoint: codepoint(char), font: type3 ? `${name} (Type 3)` : name })
      }
    }
    page.cleanup()
  }
  return { fallbacks, fonts: [...fonts].sort() }
}
