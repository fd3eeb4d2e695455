// Slidev merges this into its Vite config.
// - Importing the data validates every record when `slidev`, `slidev build` or `slidev export`
//   starts, so a malformed entry stops them with an error that names the file, the entry and the
//   field — before anything renders.
// - lib/vite/ (one plugin a file; deckSite() in index.ts, which lists the environment variables)
//   makes the build a hosted site: fonts subset to the deck's glyphs, a service worker for offline
//   use, link-preview metadata and image, the PDF download.
import { defineConfig } from 'vite'
import { deckSite } from './lib/vite/index.ts'
import { externalLinkRel } from './lib/vite/markdown.ts'
import './data/index.ts'

export default defineConfig({
  plugins: [deckSite()],
  // Pre-bundle what the components import, so the dev server behind `slidev export` does not
  // discover them mid-export and reload the page it is printing.
  optimizeDeps: { include: ['d3-scale', 'zod', 'popmotion', 'style-value-types', 'framesync', 'unhead', 'roughjs'] },
  // Read by Slidev (its plugin options): external Markdown links get rel="noopener noreferrer".
  slidev: {
    markdown: { markdownSetup: externalLinkRel },
  },
})
