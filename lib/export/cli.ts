/**
 * The export scripts' command lines, read with `node:util parseArgs`. The slides export owns
 * `--format` and `--output` (to write atomically) and takes the `slidev export` flags, read and
 * checked (a number where Slidev wants one); anything else is an error naming the flag, rather
 * than a flag Slidev would silently ignore.
 */
import { parseArgs } from 'node:util'

export const EXPORT_FORMATS = ['pdf', 'png', 'pptx'] as const
export type ExportFormat = typeof EXPORT_FORMATS[number]

/** `slidev export` flags the slides export takes, as Slidev types them on its command line. */
const SLIDEV_FLAGS = {
  'range': { type: 'string' },
  'dark': { type: 'boolean' },
  'with-clicks': { type: 'boolean', short: 'c' },
  'timeout': { type: 'string' },
  'wait': { type: 'string' },
  'wait-until': { type: 'string' },
  'per-slide': { type: 'boolean' },
  'scale': { type: 'string' },
  'omit-background': { type: 'boolean' },
} as const

export const WAIT_UNTIL = ['networkidle', 'load', 'domcontentloaded', 'none'] as const
export type WaitUntil = typeof WAIT_UNTIL[number]

/** The export flags, read: what the PDF printer uses and what `slidev export` is given back. */
export interface ExportFlags {
  dark?: boolean
  withClicks?: boolean
  /** Milliseconds. */
  timeout?: number
  /** Milliseconds to wait after the slides have rendered. */
  wait?: number
  waitUntil?: WaitUntil
  perSlide?: boolean
  /** Device scale factor. */
  scale?: number
  omitBackground?: boolean
}

export interface SlidesArgs {
  format: ExportFormat
  output: string | undefined
  /** `--range` (Slidev's syntax, e.g. `1-5,8`). */
  range: string | undefined
  flags: ExportFlags
}

/** Node's parseArgs error as one line naming the flag ("Unknown option '--x'. …" → first sentence). */
function parse<T>(run: () => T): T {
  try {
    return run()
  }
  catch (error) {
    throw new Error((error as Error).message.split('. ')[0]!.replace(/\.$/, ''))
  }
}

function positive(name: string, value: string | undefined, zero = false): number | undefined {
  if (value === undefined)
    return undefined
  const n = Number(value)
  if (!value.trim() || !Number.isFinite(n) || n < 0 || (!zero && n === 0))
    throw new Error(`--${name} ${value}: must be a ${zero ? 'non-negative' : 'positive'} number`)
  return n
}

export function parseSlidesArgs(argv: readonly string[]): SlidesArgs {
  const { values } = parse(() => parseArgs({
    args: [...argv],
    options: {
      format: { type: 'string', short: 'f', default: 'pdf' },
      output: { type: 'string', short: 'o' },
      ...SLIDEV_FLAGS,
    },
  }))
  const format = values.format.toLowerCase()
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new Error(`--format ${values.format}: choose one of ${EXPORT_FORMATS.join(', ')}`)
  const waitUntil = values['wait-until']
  if (waitUntil !== undefined && !(WAIT_UNTIL as readonly string[]).includes(waitUntil))
    throw new Error(`--wait-until ${waitUntil}: choose one of ${WAIT_UNTIL.join(', ')}`)
  const flags: ExportFlags = {
    dark: values.dark,
    withClicks: values['with-clicks'],
    timeout: positive('timeout', values.timeout),
    wait: positive('wait', values.wait, true),
    waitUntil: waitUntil as WaitUntil | undefined,
    perSlide: values['per-slide'],
    scale: positive('scale', values.scale),
    omitBackground: values['omit-background'],
  }
  for (const key of Object.keys(flags) as (keyof ExportFlags)[]) {
    if (flags[key] === undefined)
      delete flags[key]
  }
  return { format: format as ExportFormat, output: values.output, range: values.range, flags }
}

/** `with-clicks` → `withClicks`: the ExportFlags key of a `slidev export` flag. */
const flagKey = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof ExportFlags

/** The flags as `slidev export` takes them (`--range` is passed on its own), in SLIDEV_FLAGS order. */
export function slidevFlags(flags: ExportFlags): string[] {
  const out: string[] = []
  for (const name of Object.keys(SLIDEV_FLAGS).filter(n => n !== 'range')) {
    const value = flags[flagKey(name)]
    if (value === true)
      out.push(`--${name}`)
    else if (value !== undefined && value !== false)
      out.push(`--${name}`, String(value))
  }
  return out
}

export interface HandoutArgs {
  output: string | undefined
  perPage: string | undefined
  /** A folder `npm run build:site` built into: print its `/handout` page instead of starting Slidev. */
  site: string | undefined
}

export function parseHandoutArgs(argv: readonly string[]): HandoutArgs {
  const { values } = parse(() => parseArgs({
    args: [...argv],
    options: { 'output': { type: 'string', short: 'o' }, 'per-page': { type: 'string' }, 'site': { type: 'string' } },
  }))
  return { output: values.output, perPage: values['per-page'], site: values.site }
}

export const PER_PAGE_CHOICES = [1, 2, 3] as const
export type PerPage = typeof PER_PAGE_CHOICES[number]

/** `--per-page` value → 1, 2 or 3; absent → 2 (the default layout of styles/reading.css); anything else throws. */
export function parsePerPage(value: unknown): PerPage {
  if (value === undefined || value === null || value === '')
    return 2
  const n = typeof value === 'number' ? value : Number(String(value).trim())
  if (!(PER_PAGE_CHOICES as readonly number[]).includes(n))
    throw new RangeError(`--per-page ${String(value)}: choose ${PER_PAGE_CHOICES.join(', ')} slides a page`)
  return n as PerPage
}
