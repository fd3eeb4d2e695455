/**
 * The export scripts' command lines, read with `node:util parseArgs`. The slides export owns
 * `--format` and `--output` (to write atomically) and passes the `slidev export` flags it knows on;
 * anything else is an error naming the flag, rather than a flag Slidev would silently ignore.
 */
import { parseArgs } from 'node:util'

export const EXPORT_FORMATS = ['pdf', 'png', 'pptx'] as const
export type ExportFormat = typeof EXPORT_FORMATS[number]

/** `slidev export` flags passed through, as Slidev types them. */
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

export interface SlidesArgs {
  format: ExportFormat
  output: string | undefined
  /** `--range` (Slidev's syntax, e.g. `1-5,8`). */
  range: string | undefined
  /** The other flags for `slidev export`, as given. */
  slidev: string[]
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
  const slidev: string[] = []
  for (const name of Object.keys(SLIDEV_FLAGS) as (keyof typeof SLIDEV_FLAGS)[]) {
    if (name === 'range')
      continue
    const value = values[name]
    if (value === true)
      slidev.push(`--${name}`)
    else if (typeof value === 'string')
      slidev.push(`--${name}`, value)
  }
  return { format: format as ExportFormat, output: values.output, range: values.range, slidev }
}

export interface HandoutArgs {
  output: string | undefined
  perPage: string | undefined
}

export function parseHandoutArgs(argv: readonly string[]): HandoutArgs {
  const { values } = parse(() => parseArgs({
    args: [...argv],
    options: { 'output': { type: 'string', short: 'o' }, 'per-page': { type: 'string' } },
  }))
  return { output: values.output, perPage: values['per-page'] }
}
