/**
 * Adds two pages of the deck:
 * - `/handout`: every slide at a fixed scale with its speaker notes, laid out for A4 printing one,
 *   two (default) or three slides a page (`/handout?per-page=3`, see handout/Handout.vue).
 *   `npm run export:handout` prints it to a tagged PDF.
 * - `/read`: the reading view for phones, every slide full width with its notes beneath on one
 *   scrolling page (views/ReadingView.vue, lib/deck/reading.ts). Phones in portrait land there.
 */
import { defineRoutesSetup } from '@slidev/types'
import { READ_PATH } from '../lib/deck/reading'

export default defineRoutesSetup(routes => [
  ...routes,
  {
    name: 'handout',
    path: '/handout',
    component: () => import('../handout/Handout.vue'),
    props: route => ({
      perPage: route.query['per-page'] ?? undefined,
    }),
  },
  {
    name: 'read',
    path: READ_PATH,
    component: () => import('../views/ReadingView.vue'),
  },
])
