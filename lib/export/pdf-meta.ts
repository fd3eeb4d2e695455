/**
 * Document metadata for the exported PDFs, written with pdf-lib after Chromium (and Slidev)
 * produced the file: title, author, a plain-sentence subject, keywords and the catalog /Lang.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'

export interface PdfMeta {
  title: string
  author?: string
  subject?: string
  keywords?: string[]
  /** BCP 47 tag for the catalog /Lang, e.g. "zh-CN". */
  lang: string
  creator?: string
}

const CJK_END = /[\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF]$/
const CJK_START = /^[\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF]/

/**
 * The headmatter's `info:` is Markdown (a heading repeating the title, then a paragraph or two);
 * a PDF Subject is one plain sentence. Drops headings equal to the title, strips inline markup,
 * and joins lines — without a space between Chinese lines, with one between Latin words.
 */
export function plainSubject(info: string, title = ''): string {
  const lines = info.split('\n').map(l => l.trim()).filter(Boolean)
  const kept: string[] = []
  for (const line of lines) {
    const heading = /^#{1,6}\s(.*)$/.exec(line)
    const text = (heading ? heading[1]! : line)
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__|[*_`])(.+?)\1/g, '$2')
      .replace(/<[^>]+>/g, '')
      .trim()
    if (!text || (heading && text === title.trim()))
      continue
    kept.push(text)
  }
  return kept.reduce((acc, line) => {
    if (!acc)
      return line
    return CJK_END.test(acc) || CJK_START.test(line) ? acc + line : `${acc} ${line}`
  }, '')
}

/** `keywords: a,b, c` (string or list) → ['a', 'b', 'c']. */
export function keywordList(keywords: unknown): string[] {
  const list = Array.isArray(keywords) ? keywords.map(String) : typeof keywords === 'string' ? keywords.split(',') : []
  return list.map(k => k.trim()).filter(Boolean)
}

/** "ab" + "ab" → "ab"; anything else unchanged. */
export function undoubled(title: string): string {
  const half = title.length / 2
  return Number.isInteger(half) && half > 0 && title.slice(0, half) === title.slice(half) ? title.slice(0, half) : title
}

/**
 * Chromium (156) builds a tagged PDF's outline from the headings but writes some titles twice
 * ("逐步解读逐步解读") when a heading's text is drawn in more than one font subset. Repairs those
 * titles in place; returns how many it changed.
 */
export function repairOutlineTitles(pdf: PDFDocument): number {
  let changed = 0
  const visit = (item: PDFDict | undefined, guard: number) => {
    for (let node = item, n = 0; node && n < guard; n++) {
      const raw = node.lookup(PDFName.of('Title'))
      if (raw instanceof PDFHexString || raw instanceof PDFString) {
        const title = raw.decodeText()
        const fixed = undoubled(title)
        if (fixed !== title) {
          node.set(PDFName.of('Title'), PDFHexString.fromText(fixed))
          changed++
        }
      }
      visit(node.lookupMaybe(PDFName.of('First'), PDFDict), guard)
      node = node.lookupMaybe(PDFName.of('Next'), PDFDict)
    }
  }
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 10_000)
  return changed
}

/** Repairs the outline titles of `pdf` and writes `meta` into it (in place; save it after). */
export function applyPdfMeta(pdf: PDFDocument, meta: PdfMeta): void {
  repairOutlineTitles(pdf)
  pdf.setTitle(meta.title, { showInWindowTitleBar: true })
  if (meta.author)
    pdf.setAuthor(meta.author)
  if (meta.subject)
    pdf.setSubject(meta.subject)
  if (meta.keywords?.length)
    pdf.setKeywords(meta.keywords)
  pdf.setLanguage(meta.lang)
  if (meta.creator)
    pdf.setCreator(meta.creator)
  pdf.setProducer('pdf-lib, Chromium')
  pdf.setModificationDate(new Date())
}

/** Loads the PDF, writes `meta` (applyPdfMeta), saves. */
export async function writePdfMeta(bytes: Uint8Array, meta: PdfMeta): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  applyPdfMeta(pdf, meta)
  return pdf.save()
}

/** Metadata from the deck's headmatter (the first slide's frontmatter, as @slidev/parser reads it). */
export function metaFromHeadmatter(headmatter: Record<string, unknown>, extra: Partial<PdfMeta> = {}): PdfMeta {
  const title = String(headmatter.title ?? '')
  return {
    title,
    author: typeof headmatter.author === 'string' ? headmatter.author : undefined,
    subject: typeof headmatter.info === 'string' ? plainSubject(headmatter.info, title) : undefined,
    keywords: keywordList(headmatter.keywords),
    lang: typeof headmatter.lang === 'string' ? headmatter.lang : 'zh-CN',
    ...extra,
  }
}
