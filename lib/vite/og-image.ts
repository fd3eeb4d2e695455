import type { Plugin, ResolvedConfig } from 'vite'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { OG_IMAGE } from '../site/site-meta.ts'

export const OG_SIZE = { width: 1200, height: 675 }

/** After the build: a PNG of the cover, for link previews, taken in the Chromium lib/export/chromium.ts finds. */
export function ogImagePlugin(env: { ogImage: boolean }): Plugin {
  let config: ResolvedConfig
  return {
    name: 'deck:og-image',
    apply: 'build',
    configResolved(c) {
      config = c
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (!env.ogImage || config.build.ssr)
          return
        const outDir = resolve(config.root, config.build.outDir)
        if (!existsSync(join(outDir, 'index.html')))
          return
        try {
          await captureCover(outDir, config.base, join(outDir, OG_IMAGE))
          config.logger.info(`deck: ${OG_IMAGE} written`)
        }
        catch (error) {
          config.logger.warn(`deck: no ${OG_IMAGE} (${error instanceof Error ? error.message.split('\n')[0] : error}); set DECK_OG_IMAGE=0 to skip it`)
        }
      },
    },
  }
}

/** Screenshots slide 1 of the site in `dir` (built for `base`) into `file`. */
export async function captureCover(dir: string, base: string, file: string): Promise<void> {
  const { chromium } = await import('playwright-chromium')
  const { CHROMIUM_ARGS, findChromium } = await import('../export/chromium.ts')
  const { captureSlide } = await import('../export/capture.ts')
  const { serveStatic } = await import('../site/static-server.ts')
  const server = await serveStatic({ root: dir, base })
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: OG_SIZE, colorScheme: 'light', deviceScaleFactor: 1, serviceWorkers: 'block' })
    await captureSlide(page, server.url, 1, { query: '?embedded=true', path: file })
  }
  finally {
    await browser.close()
    await server.close()
  }
}
