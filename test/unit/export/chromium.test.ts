import { describe, expect, it } from 'vitest'
import { findChromium, isForeign, playwrightBrowsersDir, systemCandidates } from '../../../lib/export/chromium.ts'
import { BrowserNotFoundError } from '../../../lib/export/find-browser.ts'

const none = () => undefined
const onDisk = (...paths: string[]) => (p: string) => paths.includes(p)

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH', () => {
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/c/chrome' }, exists: onDisk('/opt/c/chrome', '/usr/bin/chromium'), playwrightPath: none, platform: 'linux' }))
      .toBe('/opt/c/chrome')
  })

  it('fails clearly when CHROMIUM_PATH points nowhere, rather than silently using another browser', () => {
    expect(() => findChromium({ env: { CHROMIUM_PATH: '/nope' }, exists: onDisk('/usr/bin/chromium'), playwrightPath: none, platform: 'linux' }))
      .toThrow(/CHROMIUM_PATH=\/nope does not exist/)
  })

  it('then Playwright\'s own browser, if it was installed', () => {
    const pw = () => '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome'
    expect(findChromium({ env: {}, exists: onDisk(pw(), '/usr/bin/chromium'), playwrightPath: pw, platform: 'linux' })).toBe(pw())
    expect(findChromium({ env: {}, exists: onDisk('/usr/bin/chromium'), playwrightPath: pw, platform: 'linux' })).toBe('/usr/bin/chromium')
  })

  it('then the system locations of each OS', () => {
    expect(findChromium({ env: {}, exists: onDisk('/usr/bin/google-chrome'), playwrightPath: none, platform: 'linux' })).toBe('/usr/bin/google-chrome')
    expect(findChromium({ env: {}, exists: onDisk('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'), playwrightPath: none, platform: 'darwin' }))
      .toContain('Google Chrome.app')
    const env = { PROGRAMFILES: 'C:\\Program Files' }
    expect(findChromium({ env, exists: onDisk('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'), playwrightPath: none, platform: 'win32' }))
      .toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')
    expect(systemCandidates('win32', {})).toEqual([])
  })

  it('with none, throws one line that says how to get one', () => {
    let error: unknown
    try {
      findChromium({ env: {}, exists: () => false, playwrightPath: none, platform: 'linux' })
    }
    catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BrowserNotFoundError)
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    expect(message).toContain('npx playwright install chromium')
    expect(message).toContain('apt-get install chromium')
  })
})

describe('where Playwright keeps the browsers it downloads (looked at before loading Playwright)', () => {
  it('follows PLAYWRIGHT_BROWSERS_PATH, and 0 means inside the package', () => {
    expect(playwrightBrowsersDir('linux', { PLAYWRIGHT_BROWSERS_PATH: '/opt/pw' }, '/root')).toBe('/opt/pw')
    expect(playwrightBrowsersDir('linux', { PLAYWRIGHT_BROWSERS_PATH: '0' }, '/root')).toBeUndefined()
  })

  it('otherwise each system\'s cache folder', () => {
    expect(playwrightBrowsersDir('linux', {}, '/home/a')).toBe('/home/a/.cache/ms-playwright')
    expect(playwrightBrowsersDir('linux', { XDG_CACHE_HOME: '/c' }, '/home/a')).toBe('/c/ms-playwright')
    expect(playwrightBrowsersDir('darwin', {}, '/Users/a')).toBe('/Users/a/Library/Caches/ms-playwright')
    expect(playwrightBrowsersDir('win32', { LOCALAPPDATA: 'C:/Users/a/AppData/Local' }, 'C:/Users/a')).toMatch(/AppData.Local.ms-playwright$/)
  })
})

describe('which requests leave the deck\'s host (recorded by the browser tests and the exports)', () => {
  const origin = 'http://127.0.0.1:4173'

  it('the deck\'s own origin, data: and blob: URLs stay', () => {
    expect(isForeign('http://127.0.0.1:4173/deck/assets/a.woff2', origin)).toBe(false)
    expect(isForeign('data:font/woff2;base64,AAAA', origin)).toBe(false)
    expect(isForeign('blob:http://127.0.0.1:4173/5f1c', origin)).toBe(false)
  })

  it('another host, port or scheme leaves', () => {
    expect(isForeign('https://fonts.googleapis.com/css2?family=Noto', origin)).toBe(true)
    expect(isForeign('http://127.0.0.1:4174/deck/', origin)).toBe(true)
    expect(isForeign('https://127.0.0.1:4173/deck/', origin)).toBe(true)
  })
})
