// One import point that loads (and so validates) every data file.
export { challenges } from './challenges'
export { models } from './models'
export { sources } from './sources'
export { trends } from './trends'
