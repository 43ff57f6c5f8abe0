/**
 * Append every item of `items` to `into`, one by one. `into.push(...items)` passes each item as an argument
 * and overflows the call stack for a large array (a contact log of ~130,000 rows did): never spread an
 * array whose length the office decides.
 */
export function append<T>(into: T[], items: Iterable<T>): T[] {
  for (const item of items) into.push(item);
  return into;
}
