// One import point that loads (and so validates) every data file.
export { articleQuotes } from './article.ts'
export { challenges } from './challenges.ts'
export { figures } from './figures.ts'
export { models } from './models.ts'
export { plan } from './plan.ts'
export { sources } from './sources.ts'
export { trends } from './trends.ts'
