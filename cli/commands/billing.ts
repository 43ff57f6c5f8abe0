import type { Caseload } from '../../shared/model/caseload.ts';
export function runBilling(_c: Caseload, _m: string, _json: boolean, _say: (s: string) => void): number {
  return 0;
}
