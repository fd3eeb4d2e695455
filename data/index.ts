// One import point that loads (and so validates) every data file.
export { articleQuotes } from './article'
export { challenges } from './challenges'
export { figures } from './figures'
export { models } from './models'
export { plan } from './plan'
export { sources } from './sources'
export { trends } from './trends'
