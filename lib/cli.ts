/**
 * Pulls `--output FILE` / `--output=FILE` / `-o FILE` out of an argument list, so a script can
 * own the output path (to write atomically) and pass every other flag through unchanged.
 */
export function splitOutputArg(argv: readonly string[], fallback: string): { output: string, rest: string[] } {
  let output = fallback
  const rest: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--output' || arg === '-o') {
      const value = argv[i + 1]
      if (value === undefined || value.startsWith('-'))
        throw new Error(`${arg} needs a file name`)
      output = value
      i++
    }
    else if (arg.startsWith('--output=')) {
      output = arg.slice('--output='.length)
      if (!output)
        throw new Error('--output= needs a file name')
    }
    else {
      rest.push(arg)
    }
  }
  return { output, rest }
}
