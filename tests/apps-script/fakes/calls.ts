/// <reference types="google-apps-script" />
/**
 * Every call the script makes on a fake service is counted here, by `Service.method`. Reads are the
 * get/has/is calls, writes the calls that change the document or show something; builder calls
 * (ConditionalFormatRuleBuilder, HtmlOutput, Menu) are counted apart: they make no round trip.
 */
export type CallKind = 'read' | 'write' | 'builder';

const BUILDERS = new Set([
  'ConditionalFormatRuleBuilder',
  'BooleanCondition',
  'GradientCondition',
  'HtmlOutput',
  'TextOutput',
  'Menu',
  'RangeList',
  'ConditionalFormatRule',
  'TriggerBuilder',
  'ClockTriggerBuilder',
]);

export class Calls {
  readonly byName = new Map<string, number>();
  /** Called on every counted call (the harness uses it to let simulated time pass per service call). */
  onHit: ((name: string) => void) | null = null;
  hit(service: string, method: string) {
    const k = `${service}.${method}`;
    this.onHit?.(k);
    this.byName.set(k, (this.byName.get(k) ?? 0) + 1);
  }
  static kind(name: string): CallKind {
    const [service, method] = name.split('.') as [string, string];
    if (BUILDERS.has(service)) return 'builder';
    return /^(get|is|has)/.test(method) ? 'read' : 'write';
  }
  totals() {
    const t = { read: 0, write: 0, builder: 0, total: 0 };
    for (const [k, n] of this.byName) {
      t[Calls.kind(k)] += n;
      t.total += n;
    }
    return t;
  }
  count(name: string) {
    return this.byName.get(name) ?? 0;
  }
  reset() {
    this.byName.clear();
  }
}

const proxies = new WeakMap<object, object>();
const targets = new WeakMap<object, object>();

/** The object as the script sees it: every method call through it is counted. One proxy per object. */
export function expose<T extends object>(calls: Calls, service: string, target: T): T {
  const known = proxies.get(target);
  if (known) return known as T;
  const p = new Proxy(target, {
    get(t, prop, _receiver) {
      const v = Reflect.get(t, prop, t);
      if (typeof v !== 'function' || typeof prop !== 'string' || prop === 'constructor') return v;
      return (...args: unknown[]) => {
        calls.hit(service, prop);
        return (v as (...a: unknown[]) => unknown).apply(t, args);
      };
    },
  });
  proxies.set(target, p);
  targets.set(p, target);
  return p as T;
}

/** The fake behind what the script handed back. */
export function unwrap<T extends object>(x: T): T {
  return (targets.get(x) as T | undefined) ?? x;
}

/** The fakes implement the subset of each Apps Script interface the add-on uses; this is the one cast. */
export const as = <T>(x: unknown): T => x as T;
