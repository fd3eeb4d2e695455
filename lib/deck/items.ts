/** Pick list items by id, in the given order; an unknown id is an error, not a silent gap. */
export function pickItems<T extends { id: string }>(items: readonly T[], ids?: readonly string[]): T[] {
  if (!ids)
    return [...items]
  return ids.map((id) => {
    const found = items.find(i => i.id === id)
    if (!found)
      throw new Error(`unknown item id "${id}"; known: ${items.map(i => i.id).join(', ')}`)
    return found
  })
}
