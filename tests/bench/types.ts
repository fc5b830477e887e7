export interface Metric {
  value: number;
  unit: string;
}

export interface Benchmark {
  /** Prefix of the metrics it reports, for example "renderer". */
  name: string;
  run(): Promise<Record<string, Metric>>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));
