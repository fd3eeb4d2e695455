/**
 * A nested bookmark outline for the slides PDF: the cover, each section divider with its slides
 * below it, the closing and the references, written after the export. (Slidev's `withToc` would
 * write a flat list, every slide title at one level; it is off in the headmatter.)
 */
import type { PDFDict, PDFDocument, PDFRef } from 'pdf-lib'
import type { HandoutEntry } from '../deck/handout.ts'
import { PDFArray, PDFHexString, PDFName, PDFNull, PDFNumber } from 'pdf-lib'

export interface OutlineNode {
  title: string
  /** 0-based page index. */
  page: number
  children: OutlineNode[]
}

/** Entries (lib/deck/handout.ts levels: 2 = top, 3 = inside the last top entry) → a tree. */
export function outlineTree(entries: readonly Pick<HandoutEntry, 'title' | 'level'>[], pageOf: (index: number) => number | undefined): OutlineNode[] {
  const roots: OutlineNode[] = []
  entries.forEach((e, i) => {
    const page = pageOf(i)
    if (page === undefined)
      return
    const node: OutlineNode = { title: e.title, page, children: [] }
    const parent = roots.at(-1)
    if (e.level === 3 && parent)
      parent.children.push(node)
    else
      roots.push(node)
  })
  return roots
}

/** Writes `nodes` as the document outline, replacing any outline it had; returns the item count. */
export function setOutline(pdf: PDFDocument, nodes: readonly OutlineNode[]): number {
  const { context } = pdf
  const pages = pdf.getPages()
  const root = context.obj({ Type: 'Outlines' }) as PDFDict
  const rootRef = context.register(root)
  let total = 0

  const write = (list: readonly OutlineNode[], parentRef: PDFRef, parent: PDFDict): number => {
    const refs = list.map(() => context.nextRef())
    let visible = 0
    list.forEach((node, i) => {
      const page = pages[node.page]
      if (!page)
        throw new RangeError(`outline: "${node.title}" points at page ${node.page + 1} of ${pages.length}`)
      const dict = context.obj({}) as PDFDict
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.title))
      dict.set(PDFName.of('Parent'), parentRef)
      dict.set(PDFName.of('Dest'), PDFArray.withContext(context))
      const dest = dict.lookup(PDFName.of('Dest'), PDFArray)
      dest.push(page.ref)
      dest.push(PDFName.of('XYZ'))
      dest.push(PDFNull)
      dest.push(PDFNull)
      dest.push(PDFNull)
      if (i > 0)
        dict.set(PDFName.of('Prev'), refs[i - 1]!)
      if (i < list.length - 1)
        dict.set(PDFName.of('Next'), refs[i + 1]!)
      context.assign(refs[i]!, dict)
      total++
      visible++
      if (node.children.length > 0)
        visible += write(node.children, refs[i]!, dict)
    })
    if (refs.length > 0) {
      parent.set(PDFName.of('First'), refs[0]!)
      parent.set(PDFName.of('Last'), refs.at(-1)!)
      // Open: a positive count of the visible descendants.
      parent.set(PDFName.of('Count'), PDFNumber.of(visible))
    }
    return visible
  }

  write(nodes, rootRef, root)
  pdf.catalog.set(PDFName.of('Outlines'), rootRef)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  return total
}
