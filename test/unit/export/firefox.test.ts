import { describe, expect, it } from 'vitest'
import { BrowserNotFoundError } from '../../../lib/export/find-browser.ts'
import { findFirefox, firefoxCandidates } from '../../support/firefox.ts'

const onDisk = (...paths: string[]) => (p: string) => paths.includes(p)

describe('findFirefox', () => {
  it('prefers FIREFOX_PATH', () => {
    expect(findFirefox({ env: { FIREFOX_PATH: '/opt/ff/firefox' }, exists: onDisk('/opt/ff/firefox', '/usr/bin/firefox-esr'), platform: 'linux' }))
      .toBe('/opt/ff/firefox')
  })

  it('fails clearly when FIREFOX_PATH points nowhere, rather than silently using another browser', () => {
    expect(() => findFirefox({ env: { FIREFOX_PATH: '/nope' }, exists: onDisk('/usr/bin/firefox-esr'), platform: 'linux' }))
      .toThrow(/FIREFOX_PATH=\/nope does not exist/)
  })

  it('then the system locations of each OS, Debian\'s firefox-esr first', () => {
    expect(findFirefox({ env: {}, exists: onDisk('/usr/bin/firefox', '/usr/bin/firefox-esr'), platform: 'linux' })).toBe('/usr/bin/firefox-esr')
    expect(findFirefox({ env: {}, exists: onDisk('/usr/bin/firefox'), platform: 'linux' })).toBe('/usr/bin/firefox')
    expect(findFirefox({ env: {}, exists: onDisk('/Applications/Firefox.app/Contents/MacOS/firefox'), platform: 'darwin' })).toContain('Firefox.app')
    const env = { PROGRAMFILES: 'C:\\Program Files' }
    expect(findFirefox({ env, exists: onDisk('C:\\Program Files\\Mozilla Firefox\\firefox.exe'), platform: 'win32' }))
      .toBe('C:\\Program Files\\Mozilla Firefox\\firefox.exe')
    expect(firefoxCandidates('win32', {})).toEqual([])
  })

  it('with none, throws one line that says how to get one', () => {
    let error: unknown
    try {
      findFirefox({ env: {}, exists: () => false, platform: 'linux' })
    }
    catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BrowserNotFoundError)
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    expect(message).toContain('FIREFOX_PATH')
    expect(message).toContain('apt-get install firefox-esr')
  })
})
