/**
 * Adds `/handout`: every slide at a fixed scale with its speaker notes beneath, laid out for A4
 * printing (see handout/Handout.vue). `npm run export:handout` prints it to a tagged PDF.
 */
import { defineRoutesSetup } from '@slidev/types'

export default defineRoutesSetup(routes => [
  ...routes,
  {
    name: 'handout',
    path: '/handout',
    component: () => import('../handout/Handout.vue'),
  },
])
