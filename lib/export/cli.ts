/**
 * Pulls one option (`--output FILE` / `--output=FILE` / `-o FILE`) out of an argument list, so a
 * script can own it (to write atomically, to choose a format) and pass every other flag through.
 */
export function splitOption(argv: readonly string[], names: readonly string[]): { value: string | undefined, rest: string[] } {
  const long = names.filter(n => n.startsWith('--'))
  let value: string | undefined
  const rest: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const eq = long.find(n => arg.startsWith(`${n}=`))
    if (names.includes(arg)) {
      const next = argv[i + 1]
      if (next === undefined || next.startsWith('-'))
        throw new Error(`${arg} needs a value`)
      value = next
      i++
    }
    else if (eq) {
      value = arg.slice(eq.length + 1)
      if (!value)
        throw new Error(`${eq}= needs a value`)
    }
    else {
      rest.push(arg)
    }
  }
  return { value, rest }
}

export function splitOutputArg(argv: readonly string[], fallback: string): { output: string, rest: string[] } {
  try {
    const { value, rest } = splitOption(argv, ['--output', '-o'])
    return { output: value ?? fallback, rest }
  }
  catch (error) {
    throw new Error((error as Error).message.replace('needs a value', 'needs a file name'))
  }
}

export const EXPORT_FORMATS = ['pdf', 'png', 'pptx'] as const
export type ExportFormat = typeof EXPORT_FORMATS[number]

/** `--format pdf|png|pptx` (default pdf); any other value is an error naming the choices. */
export function splitFormatArg(argv: readonly string[]): { format: ExportFormat, rest: string[] } {
  const { value, rest } = splitOption(argv, ['--format', '-f'])
  const format = (value ?? 'pdf').toLowerCase()
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new Error(`--format ${value}: choose one of ${EXPORT_FORMATS.join(', ')}`)
  return { format: format as ExportFormat, rest }
}
