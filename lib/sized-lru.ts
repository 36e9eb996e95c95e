// A map that keeps its most recently used entries up to a total size (whatever `sizeOf` counts), dropping the
// least recently used first. The newest entry is always kept, even when it alone is over the budget.
export class SizedLru<K, V> {
  // Map order is insertion order: re-inserting on each use keeps the least recently used first.
  private readonly entries = new Map<K, V>();
  private total = 0;

  constructor(
    private readonly budget: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    this.entries.set(key, value);
    this.total += this.sizeOf(value);
    for (const [oldest, old] of this.entries) {
      if (this.total <= this.budget || oldest === key) break;
      this.entries.delete(oldest);
      this.total -= this.sizeOf(old);
    }
  }

  delete(key: K): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.entries.delete(key);
    this.total -= this.sizeOf(old);
  }

  get size(): number {
    return this.entries.size;
  }
}
