/**
 * The end of every PDF export: the file read once (pdf-lib, and pdf.js where text is needed),
 * checked for glyphs outside the bundled fonts, given its metadata (and outline), saved once.
 */
import type { PDFDocument } from 'pdf-lib'
import type { PdfMeta } from './pdf-meta.ts'
import type { LoadedPdf } from './pdf-read.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { fail } from './export-files.ts'
import { BUNDLED_FONT, describeFallback, findFontFallbacks } from './pdf-fonts.ts'
import { applyPdfMeta } from './pdf-meta.ts'
import { loadPdf } from './pdf-read.ts'

export interface FinishPdf {
  meta: PdfMeta
  /** Names page n in messages ("slide 12", "handout page 3"). */
  pageLabel: (page: number) => string
  /** Further edits of the document before it is saved (the outline). */
  edit?: (pdf: PDFDocument) => void
  /** Font families allowed (default: the bundled ones). */
  allowed?: RegExp
  /** Where the messages go, one per fallback character. */
  log?: (line: string) => void
}

/**
 * Fails, naming every page and character, if text is drawn in a font outside the bundle;
 * otherwise writes metadata and `edit`s into the document and saves it over `file`.
 * Returns the page count.
 */
export async function finishPdf(file: string, pdf: LoadedPdf, options: FinishPdf): Promise<number> {
  const { fallbacks } = await findFontFallbacks(pdf, options.allowed ?? BUNDLED_FONT)
  if (fallbacks.length > 0) {
    for (const f of fallbacks)
      (options.log ?? console.error)(describeFallback(f, options.pageLabel))
    fail(`${fallbacks.length} character(s) are not in the bundled fonts (Noto Sans SC, JetBrains Mono, KaTeX) and fell back to a system font`)
  }
  applyPdfMeta(pdf.doc, options.meta)
  options.edit?.(pdf.doc)
  writeFileSync(file, await pdf.doc.save())
  return pdf.doc.getPageCount()
}

/** Reads `file` once for every check and edit; closes what was opened when `use` is done. */
export async function withPdf<T>(file: string, use: (pdf: LoadedPdf) => Promise<T>): Promise<T> {
  const pdf = await loadPdf(readFileSync(file))
  try {
    return await use(pdf)
  }
  finally {
    await pdf.close()
  }
}
