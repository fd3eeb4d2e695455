/**
 * Where an export finds the deck: Slidev's own server in the mode `slidev export` uses (print
 * feature on, no editor), for `npm run export` and `npm run export:handout`; or the built site,
 * served as a static host serves it, for `npm run build:site` (as Slidev's own `download` build
 * does). Either way a URL of the deck's root, ending in `/`.
 */
import type { SlidevConfig } from '@slidev/types'
import type { Browser } from 'playwright-chromium'
import { resolve } from 'node:path'
import process from 'node:process'
import { resolveConfig } from '@slidev/parser/core'
import { serveStatic } from '../site/static-server.ts'
import { CHROMIUM_ARGS } from './chromium.ts'
import { fail } from './export-files.ts'

export interface DeckServer {
  url: string
  close: () => Promise<void>
}

/** Slidev's dev server for `entry` in `root`, in export mode, on a free port of 127.0.0.1. */
export async function slidevServer(entry = 'slides.md', root = process.cwd()): Promise<DeckServer> {
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const options = await resolveOptions({ entry: resolve(root, entry) }, 'export')
  const server = await createServer(options, {
    // No file watching: nothing is edited during an export (and fonts re-subset under a running
    // export would give pages of one PDF different fonts).
    server: { port: 0, host: '127.0.0.1', strictPort: false, watch: null },
    clearScreen: false,
    logLevel: 'warn',
  })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address !== 'object') {
    await server.close()
    fail('the Slidev server did not start')
  }
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() }
}

/** A built site in `dir`, under `base`, on a free port. */
export async function siteServer(dir: string, base = '/'): Promise<DeckServer> {
  const server = await serveStatic({ root: dir, base })
  return { url: server.url, close: server.close }
}

/** One slide's size in CSS pixels, from the headmatter as Slidev reads it (canvasWidth, aspectRatio). */
export function slideSize(headmatter: Record<string, unknown>): { width: number, height: number } {
  const config: SlidevConfig = resolveConfig(headmatter)
  return { width: config.canvasWidth, height: Math.round(config.canvasWidth / config.aspectRatio) }
}

export interface OpenDeck {
  server: DeckServer
  browser: Browser
  /** Closes both. */
  close: () => Promise<void>
}

/**
 * Starts the deck (`serve`) and Chromium at `executablePath` at once. If either fails, the one
 * that did start is closed before the failure is thrown, so nothing is left running.
 */
export async function openDeck(serve: () => Promise<DeckServer>, executablePath: string): Promise<OpenDeck> {
  const { chromium } = await import('playwright-chromium')
  const [server, browser] = await Promise.allSettled([serve(), chromium.launch({ executablePath, args: CHROMIUM_ARGS })])
  if (server.status === 'fulfilled' && browser.status === 'fulfilled') {
    return {
      server: server.value,
      browser: browser.value,
      close: async () => {
        await Promise.all([browser.value.close(), server.value.close()])
      },
    }
  }
  await Promise.all([server.status === 'fulfilled' && server.value.close(), browser.status === 'fulfilled' && browser.value.close()])
  throw server.status === 'rejected' ? server.reason : (browser as PromiseRejectedResult).reason
}
