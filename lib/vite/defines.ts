/**
 * Values the build hands the client through Vite's `define`:
 * - `import.meta.env.DECK_PDF`, the PDF's file name for the download link (custom-nav-controls.vue)
 *   in a build with the PDF beside it, else empty. Not Slidev's `download` setting, whose URL is
 *   used as written (a relative one breaks on /presenter/3) and which would run its own export;
 * - Slidev's print route in every build: the site's PDF and its reading document are made from
 *   the built site's own `/print` page (scripts/build-site.ts, as Slidev's `download` build does);
 *   Slidev turns it on only for `download: true`, which would also run its own export on a fixed
 *   port.
 */
import type { Plugin } from 'vite'
import { PDF_FILE } from '../site/site-meta.ts'

export const PRINT_FLAG = '__SLIDEV_FEATURE_PRINT__'

export function definesPlugin(env: { pdf: boolean }): Plugin {
  return {
    name: 'deck:defines',
    enforce: 'post',
    config: (_, { command }) => ({
      define: {
        'import.meta.env.DECK_PDF': JSON.stringify(command === 'build' && env.pdf ? PDF_FILE : ''),
        ...command === 'build' ? { [PRINT_FLAG]: 'true' } : {},
      },
    }),
  }
}
