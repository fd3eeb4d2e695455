/**
 * Adds `/handout`: every slide at a fixed scale with its speaker notes, laid out for A4 printing
 * one, two (default) or three slides a page (`/handout?per-page=3`, see handout/Handout.vue).
 * `npm run export:handout` prints it to a tagged PDF.
 */
import { defineRoutesSetup } from '@slidev/types'

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
])
