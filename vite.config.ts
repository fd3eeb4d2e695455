// Slidev merges this into its Vite config. Importing the data here validates every record when
// `slidev`, `slidev build` or `slidev export` starts, so a malformed entry stops them with an
// error that names the file, the entry and the field — before anything renders.
import { defineConfig } from 'vite'
import './data/index'

export default defineConfig({})
