/** Yen amounts as portals want them: 12345 or 12,345. */
export function formatYen(n: number, separators: boolean): string {
  const s = String(Math.trunc(n));
  return separators ? s.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : s;
}
