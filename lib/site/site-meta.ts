/** The talk's name and the site's fixed metadata, for the built site, its reading document and the exports. */
export const TITLE = 'AI大模型的未来发展趋势与挑战'
export const DESCRIPTION = '从 Transformer 到混合专家（MoE）：规模、算力、方法与挑战。每个数字都附有来源。'
export const PDF_FILE = 'ai-large-models-talk.pdf'
export const OG_IMAGE = 'og-image.png'
export const THEME_COLOR = '#0b5cad'
