// Types of compare.mjs, for the test that keeps the corpus accuracy from going down.
export interface Tally {
  passed: number
  total: number
}
export interface Miss {
  stem: string
  field: string
  want: unknown
  got: unknown
}
export interface Score {
  perField: Record<string, Tally>
  passed: number
  total: number
  ratio: number
  misses: Miss[]
}
export declare const FIELDS: Record<string, [path: string, kind: string]>
export declare function norm(value: unknown): string
export declare function names(items: unknown): string[]
export declare function valueAt(doc: unknown, path: string): unknown
export declare function compare(kind: string, want: unknown, got: unknown): boolean
export declare function shown(kind: string, got: unknown): unknown
export declare function score(cases: { stem: string; gold: Record<string, unknown>; tor: unknown }[]): Score
