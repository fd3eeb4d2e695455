/**
 * Finds a Chromium for PDF export and browser tests. Playwright cannot download its own browser
 * on every machine (offline CI, `ignore-scripts`), so look in order at:
 *   1. $CHROMIUM_PATH,
 *   2. the browser `npx playwright install chromium` put in Playwright's cache,
 *   3. the usual system locations on Linux, macOS and Windows.
 */
import type { BrowserContext } from 'playwright-chromium'
import type { FindBrowserOptions } from './find-browser.ts'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { findBrowser } from './find-browser.ts'

export const HOW_TO_GET_CHROMIUM
  = 'No Chromium found: set CHROMIUM_PATH=/path/to/chromium, run `npx playwright install chromium`, '
    + 'or install your OS package (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: `brew install --cask chromium`).'

export function systemCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  switch (platform) {
    case 'darwin':
      return [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ]
    case 'win32': {
      const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean) as string[]
      return roots.flatMap(root => [
        `${root}\\Chromium\\Application\\chrome.exe`,
        `${root}\\Google\\Chrome\\Application\\chrome.exe`,
        `${root}\\Microsoft\\Edge\\Application\\msedge.exe`,
      ])
    }
    default:
      return [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/snap/bin/chromium',
        '/usr/bin/google-chrome-stable',
        '/usr/bin/google-chrome',
        '/usr/bin/microsoft-edge',
      ]
  }
}

export interface FindOptions extends FindBrowserOptions {
  /** Where Playwright's own browser would be; `undefined` when Playwright cannot say. */
  playwrightPath?: () => string | undefined
}

/**
 * Where `npx playwright install` puts its browsers (Playwright's documented defaults), or
 * undefined when they live inside the package (PLAYWRIGHT_BROWSERS_PATH=0).
 */
export function playwrightBrowsersDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string | undefined {
  const given = env.PLAYWRIGHT_BROWSERS_PATH
  if (given)
    return given === '0' ? undefined : given
  if (platform === 'darwin')
    return join(home, 'Library', 'Caches', 'ms-playwright')
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'ms-playwright')
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'ms-playwright')
}

function defaultPlaywrightPath(): string | undefined {
  // Loading Playwright costs ~0.45 s (a quarter of the export's own overhead): only when it may
  // have downloaded a browser.
  const dir = playwrightBrowsersDir(process.platform, process.env, homedir())
  if (dir && !existsSync(dir))
    return undefined
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-chromium') as typeof import('playwright-chromium')
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

export function findChromium(options: FindOptions = {}): string {
  const spec = { envVar: 'CHROMIUM_PATH', candidates: systemCandidates, howTo: HOW_TO_GET_CHROMIUM }
  return findBrowser(spec, options, options.playwrightPath ?? defaultPlaywrightPath)
}

/**
 * Launch flags for a closed network and root containers: no sandbox (root), no background
 * traffic to Google's hosts, no GPU.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // The network stays on this machine: a request to any other host goes to a proxy that is not
  // there (the discard port) and fails at once. Loopback, where the deck is served, bypasses
  // proxies. Cheaper than intercepting every request (recordForeignRequests says which failed).
  '--proxy-server=http://127.0.0.1:9',
]

/**
 * Records, in the returned list, every request of `context` to anything but `origin` (and data:/
 * blob: URLs): with CHROMIUM_ARGS such a request fails at the proxy, and this says which it was,
 * so a stray CDN font or script is caught instead of leaking. Listening costs nothing per request;
 * intercepting every request (`context.route`) took a sixth of the browser tests' CPU.
 */
export function recordForeignRequests(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = []
  context.on('request', (request) => {
    if (isForeign(request.url(), origin))
      foreign.push(request.url())
  })
  return foreign
}

/** Whether a request for `url` leaves `origin` (data: and blob: URLs never do). */
export function isForeign(url: string, origin: string): boolean {
  return !/^(?:data|blob):/.test(url) && new URL(url).origin !== origin
}
