/**
 * Finds a Firefox for the Firefox browser test (test/e2e/firefox.test.ts), driven by
 * `puppeteer-core` over WebDriver BiDi. Neither Playwright's nor Puppeteer's own Firefox build can
 * be downloaded everywhere (offline CI, `ignore-scripts`), so look in order at:
 *   1. $FIREFOX_PATH,
 *   2. the usual system locations on Linux (Debian's `firefox-esr` first), macOS and Windows.
 */
import type { FindBrowserOptions } from '../../lib/export/find-browser.ts'
import { findBrowser } from '../../lib/export/find-browser.ts'

export const HOW_TO_GET_FIREFOX
  = 'No Firefox found: set FIREFOX_PATH=/path/to/firefox, or install your OS package '
    + '(Debian/Ubuntu: `sudo apt-get install firefox-esr`; macOS: `brew install --cask firefox`).'

export function firefoxCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  switch (platform) {
    case 'darwin':
      return [
        '/Applications/Firefox.app/Contents/MacOS/firefox',
        '/Applications/Firefox Developer Edition.app/Contents/MacOS/firefox',
        '/Applications/Firefox Nightly.app/Contents/MacOS/firefox',
      ]
    case 'win32': {
      const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean) as string[]
      return roots.map(root => `${root}\\Mozilla Firefox\\firefox.exe`)
    }
    default:
      return [
        '/usr/bin/firefox-esr',
        '/usr/bin/firefox',
        '/usr/lib/firefox-esr/firefox-esr',
        '/usr/lib/firefox/firefox',
        '/snap/bin/firefox',
        '/opt/firefox/firefox',
      ]
  }
}

export type FindFirefoxOptions = FindBrowserOptions

export function findFirefox(options: FindFirefoxOptions = {}): string {
  return findBrowser({ envVar: 'FIREFOX_PATH', candidates: firefoxCandidates, howTo: HOW_TO_GET_FIREFOX }, options)
}
