/**
 * Stands in for `@shikijs/vitepress-twoslash/client` in the built site while no slide uses
 * TwoSlash (lib/vite/client-aliases.ts): Slidev's client installs it as a Vue plugin, which would
 * bring floating-vue and floating-ui (45 KB) for type popups no slide has.
 */
export default { install(): void {} }
