/**
 * Reads what the tests and the benchmark check in an exported PDF: page count, text per page,
 * the outline (bookmarks), link annotations, the catalog's /Lang and whether it is tagged.
 */
import { readFileSync } from 'node:fs'
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'

export interface OutlineEntry {
  title: string
  /** 0 for top-level bookmarks. */
  depth: number
  /** 1-based page the bookmark opens, when its destination is an explicit page. */
  page?: number
}

export interface PdfLink {
  page: number
  url: string
}

/**
 * A run of text on a page, its font size and where it starts (x from the left, y from the
 * bottom), in pt, from the pdf.js text item's transform.
 */
export interface PdfTextItem { page: number, str: string, size: number, x: number, y: number }

export interface PdfReport {
  pages: number
  /** Every non-blank text item, in page order. */
  items: PdfTextItem[]
  /** Text of each page (index 0 = page 1), items joined without separators. */
  texts: string[]
  outline: OutlineEntry[]
  links: PdfLink[]
  lang: string | undefined
  /** The catalog has a structure tree and /MarkInfo << /Marked true >>. */
  tagged: boolean
  info: Record<string, unknown>
}

/**
 * One exported PDF, read once and handed to every check and edit of the export: pdf-lib's
 * document (fonts in the page resources, metadata, outline) and, when text is needed, pdf.js's.
 */
export interface LoadedPdf {
  bytes: Uint8Array
  doc: PDFDocument
  /** pdf.js's view of the same bytes, opened on first use. */
  text: () => Promise<PdfJsDocument>
  close: () => Promise<void>
}

type PdfJsDocument = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs')['getDocument']>['promise']>

/**
 * Loads pdf.js and its worker code into this thread. In Node pdf.js runs its "worker" in the same
 * thread and would import the worker module on first use (over a second); with
 * `globalThis.pdfjsWorker` set it takes it from there, so a caller can load both ahead of time.
 */
export async function preloadPdfJs(): Promise<void> {
  // pdfjs-dist ships no types for the worker module: import it by a name TypeScript does not follow.
  const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs'
  const [, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import(workerModule) as Promise<unknown>])
  ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker
}

export async function loadPdf(data: Uint8Array): Promise<LoadedPdf> {
  const bytes = new Uint8Array(data)
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  let js: Promise<PdfJsDocument> | undefined
  return {
    bytes,
    doc,
    text: () => js ??= import('pdfjs-dist/legacy/build/pdf.mjs').then(pdfjs =>
      // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy.
      pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise),
    close: async () => {
      if (js)
        await (await js).destroy()
    },
  }
}

/** The text of every page (index 0 = page 1), items joined without separators. */
export async function pageTexts(pdf: LoadedPdf): Promise<string[]> {
  const js = await pdf.text()
  const texts: string[] = []
  for (let n = 1; n <= js.numPages; n++) {
    const page = await js.getPage(n)
    const content = await page.getTextContent()
    texts.push(content.items.map(i => ('str' in i ? i.str : '')).join(''))
    page.cleanup()
  }
  return texts
}

interface RawOutline { title: string, items: RawOutline[], dest?: unknown, page?: number }

export function flattenOutline(items: readonly RawOutline[], depth = 0): OutlineEntry[] {
  return items.flatMap(item => [
    { title: item.title, depth, ...(item.page === undefined ? {} : { page: item.page }) },
    ...flattenOutline(item.items ?? [], depth + 1),
  ])
}

async function catalogFacts(data: Uint8Array): Promise<{ lang: string | undefined, tagged: boolean }> {
  const pdf = await PDFDocument.load(data, { updateMetadata: false })
  const catalog = pdf.catalog
  const lang = catalog.lookup(PDFName.of('Lang'))
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)
  const marked = markInfo?.get(PDFName.of('Marked'))?.toString() === 'true'
  return {
    lang: lang && 'decodeText' in lang ? (lang as { decodeText: () => string }).decodeText() : undefined,
    tagged: marked && catalog.has(PDFName.of('StructTreeRoot')),
  }
}

export async function readPdf(file: string): Promise<PdfReport> {
  const bytes = readFileSync(file)
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise
  try {
    const texts: string[] = []
    const links: PdfLink[] = []
    const items: PdfTextItem[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      texts.push(content.items.map(i => ('str' in i ? i.str : '')).join(''))
      for (const i of content.items) {
        // transform = [a b c d e f]: d is the vertical scale, the font size of upright text
        // (c carries the skew of synthesised italics).
        if ('str' in i && i.str.trim())
          items.push({ page: n, str: i.str, size: Math.abs(i.transform[3] as number), x: i.transform[4] as number, y: i.transform[5] as number })
      }
      for (const a of await page.getAnnotations()) {
        if (a.subtype === 'Link' && typeof a.url === 'string')
          links.push({ page: n, url: a.url })
      }
      page.cleanup()
    }
    const raw = ((await doc.getOutline()) ?? []) as RawOutline[]
    const resolvePages = async (items: RawOutline[]) => {
      for (const item of items) {
        const ref = Array.isArray(item.dest) ? item.dest[0] : undefined
        if (ref && typeof ref === 'object')
          item.page = (await doc.getPageIndex(ref as { num: number, gen: number })) + 1
        await resolvePages(item.items ?? [])
      }
    }
    await resolvePages(raw)
    const outline = flattenOutline(raw)
    const { info } = await doc.getMetadata()
    return { pages: doc.numPages, items, texts, outline, links, ...(await catalogFacts(new Uint8Array(bytes))), info: info as Record<string, unknown> }
  }
  finally {
    await doc.destroy()
  }
}
