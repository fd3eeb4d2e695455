/**
 * The lookup both browser finders share (lib/export/chromium.ts, test/support/firefox.ts): an
 * environment variable first, then the finder's own places, then the usual system locations;
 * otherwise an error whose message is a one-line how-to.
 */
import { existsSync } from 'node:fs'
import process from 'node:process'

export interface BrowserSpec {
  /** The environment variable that names the executable, e.g. CHROMIUM_PATH. */
  envVar: string
  /** The usual system locations for a platform. */
  candidates: (platform: NodeJS.Platform, env: NodeJS.ProcessEnv) => string[]
  /** The one-line how-to the error says when no executable is found. */
  howTo: string
}

/** No executable where a spec looks: its how-to, and what was wrong with the variable, if anything. */
export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError'
  constructor(howTo: string, detail = '') {
    super(detail ? `${howTo} (${detail})` : howTo)
  }
}

export interface FindBrowserOptions {
  env?: NodeJS.ProcessEnv
  platform?: NodeJS.Platform
  exists?: (path: string) => boolean
}

/** The executable `spec` describes: the variable, then `preferred` (e.g. a downloaded build), then the system's. */
export function findBrowser(spec: BrowserSpec, options: FindBrowserOptions = {}, preferred: () => string | undefined = () => undefined): string {
  const env = options.env ?? process.env
  const exists = options.exists ?? existsSync
  const fromEnv = env[spec.envVar]?.trim()
  if (fromEnv) {
    if (!exists(fromEnv))
      throw new BrowserNotFoundError(spec.howTo, `${spec.envVar}=${fromEnv} does not exist`)
    return fromEnv
  }
  const own = preferred()
  if (own && exists(own))
    return own
  const found = spec.candidates(options.platform ?? process.platform, env).find(p => exists(p))
  if (found)
    return found
  throw new BrowserNotFoundError(spec.howTo)
}
