// Slidev's print component (internal, not in its public API; the handout and the reading view
// draw slides with it). Its TypeScript source does not compile under this project's strict flags,
// so type-checking resolves the import here (tsconfig `paths`); Vite bundles the real file.
import type { DefineComponent } from 'vue'

declare const PrintSlide: DefineComponent<{ route: unknown }>
export default PrintSlide
