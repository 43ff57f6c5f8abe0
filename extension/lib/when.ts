/** 4月3日 10:02: when a client was entered, in this computer's own time (the person reads it here). */
export function filledWhen(iso: string): string {
  const d = new Date(iso);
  const t = d.toLocaleTimeString('ja-JP', { hour: '2-digit', minute: '2-digit' });
  return `${d.getMonth() + 1}月${d.getDate()}日 ${t}`;
}
