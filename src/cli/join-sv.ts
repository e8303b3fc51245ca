/** "a", "a och b", "a, b och c". */
export function joinSv(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}
