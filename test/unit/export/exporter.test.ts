import type { Buffer } from 'node:buffer'
import type { DeckSlide } from '../../../lib/data/deck.ts'
import type { RenderJob } from '../../../lib/export/export-slides.ts'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { ExportError } from '../../../lib/export/export-files.ts'
import { deniedFiles, exportSlides, renderTimeout, slidevRenderer } from '../../../lib/export/export-slides.ts'
import { defaultOutput, exportFilename, slidevBin, writeAtomically } from '../../../lib/export/exporter.ts'
import { readPdf } from '../../../lib/export/pdf-read.ts'

function slide(no: number, title: string, frontmatter: Record<string, unknown> = {}): DeckSlide {
  return { no, title, note: '', frontmatter, content: '', file: 'slides.md' }
}

const SLIDES = [
  slide(1, 'Cover', { layout: 'cover', title: 'The talk', author: 'Speaker', lang: 'zh-CN', exportFilename: 'talk' }),
  slide(2, 'Part one', { layout: 'section', section: 1 }),
  slide(3, 'Details', {}),
]

/** A PDF of one page per text, drawn in Helvetica (a font outside the deck's bundle). */
async function pdfOf(texts: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (const text of texts) {
    const page = doc.addPage([400, 225])
    if (text)
      page.drawText(text, { font, x: 20, y: 100, size: 20 })
  }
  return doc.save()
}

/** A folder holding a good file at `name`; returns its path and bytes. */
function goodFile(name = 'talk.pdf'): { dir: string, target: string, before: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'exporter-'))
  const target = join(dir, name)
  writeFileSync(target, `%PDF-1.7 the good one ${'x'.repeat(100)}`)
  return { dir, target, before: readFileSync(target) }
}

/** A renderer that writes `bytes` to the job's output and reports `refused` files. */
function fakeRenderer(bytes: Uint8Array | string, refused: string[] = []) {
  const calls: RenderJob[] = []
  let closed = 0
  const renderer = {
    render: async (job: RenderJob) => {
      calls.push(job)
      writeFileSync(job.output, bytes)
      return { refused }
    },
    close: async () => {
      closed++
    },
  }
  return { renderer, calls, closed: () => closed }
}

/** A `slidev export` run that writes `bytes` to its --output and exits with `code`. */
function fakeSlidev(bytes: Uint8Array | string, code = 0, output = '') {
  const calls: string[][] = []
  const run = async (args: readonly string[]) => {
    calls.push([...args])
    writeFileSync(args[args.indexOf('--output') + 1]!, bytes)
    return { code, output }
  }
  return { renderer: slidevRenderer('/chromium', run), calls }
}

describe('default file names', () => {
  it('come from the headmatter\'s exportFilename', () => {
    expect(exportFilename({ exportFilename: 'my-talk' })).toBe('my-talk')
    expect(exportFilename({})).toBe('slides')
    expect(defaultOutput({ exportFilename: 'my-talk' }, 'pdf')).toBe(join('exports', 'my-talk.pdf'))
    expect(defaultOutput({ exportFilename: 'my-talk' }, 'png')).toBe(join('exports', 'my-talk-png'))
    expect(defaultOutput({ exportFilename: 'my-talk' }, 'handout')).toBe(join('exports', 'my-talk-handout.pdf'))
  })

  it('refuse a name with folders in it, naming the field', () => {
    expect(() => exportFilename({ exportFilename: '../x' })).toThrow(/exportFilename must be a file name/)
    expect(() => exportFilename({ exportFilename: 3 })).toThrow(/exportFilename/)
  })
})

describe('the Slidev binary', () => {
  it('is found through the installed package, not the working directory', () => {
    const bin = slidevBin()
    expect(bin).toMatch(/@slidev[/\\]cli[/\\]bin[/\\]slidev\.mjs$/)
    expect(existsSync(bin)).toBe(true)
    expect(slidevBin(`file://${resolve('test/unit/export/exporter.test.ts')}`)).toBe(bin)
  })
})

describe('atomic output', () => {
  it('replaces the target only after produce and verify succeed', async () => {
    const { dir, target } = goodFile()
    await writeAtomically(target, async temp => writeFileSync(temp, 'new'), temp => expect(readFileSync(temp, 'utf8')).toBe('new'))
    expect(readFileSync(target, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['talk.pdf'])
  })

  it.each([
    ['produce fails after writing', async (temp: string) => {
      writeFileSync(temp, 'half')
      throw new ExportError('boom')
    }, () => {}],
    ['verify rejects the file', async (temp: string) => writeFileSync(temp, 'broken'), () => {
      throw new ExportError('boom')
    }],
  ])('keeps the existing file and removes the temporary when %s', async (_, produce, verify) => {
    const { dir, target, before } = goodFile()
    await expect(writeAtomically(target, produce, verify)).rejects.toThrow('boom')
    expect(readFileSync(target).equals(before)).toBe(true)
    expect(readdirSync(dir)).toEqual(['talk.pdf'])
  })

  it('removes the temporary and keeps the target when interrupted (SIGTERM)', async () => {
    const { dir, target, before } = goodFile()
    const script = join(dir, 'slow.mts')
    writeFileSync(script, [
      `import { writeFileSync } from 'node:fs'`,
      `import { writeAtomically } from ${JSON.stringify(resolve('lib/export/exporter.ts'))}`,
      `await writeAtomically(${JSON.stringify(target)}, async (temp) => {`,
      `  writeFileSync(temp, 'partial')`,
      `  console.log('written')`,
      `  await new Promise(() => setInterval(() => {}, 1000))`,
      `})`,
    ].join('\n'))
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise<void>(done => child.stdout.on('data', (chunk: Buffer) => String(chunk).includes('written') && done()))
    expect(readdirSync(dir)).toContain(`talk.partial-${child.pid}.pdf`)
    child.kill('SIGTERM')
    const code = await new Promise(done => child.on('exit', done))
    expect(code).toBe(143)
    expect(readFileSync(target).equals(before)).toBe(true)
    expect(readdirSync(dir).sort()).toEqual(['slow.mts', 'talk.pdf'])
  }, 30_000)
})

describe('the time a render gets', () => {
  it('grows with the deck beyond 50 slides, and a --timeout given wins', () => {
    expect(renderTimeout(60_000, 49)).toBe(60_000)
    expect(renderTimeout(60_000, 160)).toBe(192_000)
    expect(renderTimeout(60_000, 160, 5000)).toBe(5000)
  })
})

describe('files Vite refused to serve', () => {
  it('are named from Slidev\'s output, once each', () => {
    const line = (f: string) => `The request id "/x/node_modules/katex/dist/fonts/${f}" is outside of Vite serving allow list.\n`
    expect(deniedFiles(line('KaTeX_Main-Regular.woff2') + line('KaTeX_Main-Regular.woff2') + line('KaTeX_Math-Italic.woff2')))
      .toEqual(['KaTeX_Main-Regular.woff2', 'KaTeX_Math-Italic.woff2'])
    expect(deniedFiles('all fine')).toEqual([])
  })
})

// pdf.js and pdf-lib load on first use: seconds on a loaded machine.
describe('the slides export, with the renderer injected', { timeout: 30_000 }, () => {
  const base = { format: 'pdf' as const, slides: SLIDES, log: () => {} }

  it('fails on a glyph outside the bundled fonts, naming slide and character, and keeps the existing PDF', async () => {
    const { dir, target, before } = goodFile()
    const lines: string[] = []
    const { renderer, closed } = fakeRenderer(await pdfOf(['Cover', 'Part one', 'Details']))
    const run = exportSlides({ ...base, target, renderer, log: l => lines.push(l) })
    await expect(run).rejects.toThrow(ExportError)
    await expect(run).rejects.toThrow(/character\(s\) are not in the bundled fonts/)
    expect(lines).toContain('export: slide 2: character \'P\' (U+0050) fell back to Helvetica')
    expect(readFileSync(target).equals(before)).toBe(true)
    expect(readdirSync(dir)).toEqual(['talk.pdf'])
    expect(closed(), 'the renderer closed').toBe(1)
  })

  it('names the files the server refused when fonts fell back', async () => {
    const { target } = goodFile()
    const { renderer } = fakeRenderer(await pdfOf(['Cover', 'Part one', 'Details']), ['KaTeX_Main-Regular.woff2'])
    await expect(exportSlides({ ...base, target, renderer })).rejects.toThrow(/Vite refused to serve KaTeX_Main-Regular.woff2 \(outside server.fs.allow\)$/)
  })

  it('reads the refused files from `slidev export`\'s output', async () => {
    const { target } = goodFile()
    const { renderer } = fakeSlidev(await pdfOf(['Cover', 'Part one', 'Details']), 0, 'The request id "/n/katex/dist/fonts/KaTeX_Main-Regular.woff2" is outside of Vite serving allow list.')
    await expect(exportSlides({ ...base, target, renderer })).rejects.toThrow(/Vite refused to serve KaTeX_Main-Regular.woff2 \(outside server.fs.allow\)$/)
  })

  it('names a failed slidev run and keeps the existing PDF', async () => {
    const { target, before } = goodFile()
    const { renderer } = fakeSlidev('', 1, 'page.goto: Timeout 60000ms exceeded.')
    await expect(exportSlides({ ...base, target, renderer })).rejects.toThrow(/did not finish rendering within 60 s \(export.timeout in slides.md, scaled to the deck's length: 30 s/)
    expect(readFileSync(target).equals(before)).toBe(true)
  })

  it('fails naming a page that came out blank, without rendering again, and keeps the existing PDF', async () => {
    const { target, before } = goodFile()
    const { renderer, calls } = fakeRenderer(await pdfOf(['Cover', '', 'Details']))
    await expect(exportSlides({ ...base, target, renderer, allowedFonts: /^Helvetica/ })).rejects.toThrow(/page\(s\) 2 of 3 do not show their slide: printed before the slides had rendered$/)
    expect(calls).toHaveLength(1)
    expect(readFileSync(target).equals(before)).toBe(true)
  })

  it('gives `slidev export` the range once, the flags and the timeout', async () => {
    const { target } = goodFile()
    const { renderer, calls } = fakeSlidev(await pdfOf(['Cover', 'Part one', 'Details']))
    await exportSlides({ ...base, target, renderer, allowedFonts: /^Helvetica/, range: '1-3', flags: { dark: true } })
    expect(calls[0]!.slice(0, 3)).toEqual(['export', 'slides.md', '--format'])
    expect(calls[0]!.filter(a => a === '--range'), 'one --range').toHaveLength(1)
    expect(calls[0]).toContain('--dark')
    expect(calls[0]!.slice(-2)).toEqual(['--timeout', '30000'])
  })

  it('keeps only the pages of --range when every slide was printed', async () => {
    const { target } = goodFile()
    const { renderer } = fakeRenderer(await pdfOf(['Cover', 'Part one', 'Details']))
    await exportSlides({ ...base, target, renderer, allowedFonts: /^Helvetica/, range: '2-3' })
    const report = await readPdf(target)
    expect(report.texts.map(t => t.trim())).toEqual(['Part one', 'Details'])
    expect(report.outline.map(o => [o.title, o.depth, o.page])).toEqual([['Part one', 0, 1], ['Details', 1, 2]])
  })

  it('writes a checked PDF with metadata and the nested outline over the target', async () => {
    const { target } = goodFile()
    const { renderer, calls } = fakeRenderer(await pdfOf(['Cover', 'Part one', 'Details']))
    await exportSlides({ ...base, target, renderer, allowedFonts: /^Helvetica/, range: '1-3', flags: { dark: true } })
    expect(calls[0]).toMatchObject({ format: 'pdf', entry: 'slides.md', range: '1-3', flags: { dark: true }, timeoutMs: 30_000 })
    const report = await readPdf(target)
    expect(report.info).toMatchObject({ Title: 'The talk', Author: 'Speaker' })
    expect(report.lang).toBe('zh-CN')
    expect(report.outline.map(o => [o.title, o.depth, o.page])).toEqual([['Cover', 0, 1], ['Part one', 0, 2], ['Details', 1, 3]])
  })
})
