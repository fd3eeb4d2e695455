/** The cover's line about the talk's shape: "7 个部分 + 附录 · 约 40 分钟". */
export function talkOutline(parts: number, minutes?: number): string {
  const head = `${parts} 个部分 + 附录`
  if (minutes === undefined)
    return head
  if (!(minutes > 0))
    throw new RangeError(`talkOutline: ${minutes} is not a length in minutes`)
  return `${head} · 约 ${Math.round(minutes)} 分钟`
}
