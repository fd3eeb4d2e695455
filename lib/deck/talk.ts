/**
 * The cover's line about the talk's shape, "7 个部分 + 附录 · 约 40 分钟": the parts, and the
 * headmatter's `duration` read the way Slidev's presenter timer reads it.
 */
import { parseTimeString } from '@slidev/parser/utils'

export function talkOutline(parts: number, duration?: string | number): string {
  const head = `${parts} 个部分 + 附录`
  if (duration === undefined)
    return head
  const minutes = Math.round(parseTimeString(duration).seconds / 60)
  if (!(minutes > 0))
    throw new RangeError(`duration: "${duration}" is not a length such as "40min"`)
  return `${head} · 约 ${minutes} 分钟`
}
