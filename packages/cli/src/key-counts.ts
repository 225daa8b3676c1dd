/** A 64-bit hash of a string as two 32-bit halves (FNV-1a with two offset bases, each finished with murmur3's fmix32). */
export function hash64(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [fmix(a ^ text.length), fmix(b ^ Math.imul(text.length, 0x9e3779b1))];
}

function fmix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * Counts by key in flat typed arrays: an open-addressing table of 64-bit key hashes, about 28 bytes a key
 * (a `Map` of strings takes 100 to 150), so that the population index of a large file stays small. The keys
 * themselves are not kept: two different keys whose 64-bit hashes collide (for a million keys, a chance of
 * about 3 in 100 million) would share a count. A key counts either every `add` (cases), or, when `add` is given a
 * member, the distinct members (households): one member is kept as a hash, more in a small set.
 *
 * It is a `ReadonlyMap` for the readers of a population index (`get`, `has`, `size`); iterating it yields each
 * key's hash in hex with its count, as the keys are not kept.
 */
export class KeyCounts implements ReadonlyMap<string, number> {
  private capacity = 1024;
  private used = 0;
  private hi = new Uint32Array(this.capacity);
  private lo = new Uint32Array(this.capacity);
  private counts = new Uint32Array(this.capacity);
  private memberHi = new Uint32Array(this.capacity);
  private memberLo = new Uint32Array(this.capacity);
  /** Distinct members of the keys that have more than one, by key hash. */
  private readonly members = new Map<string, Set<string>>();

  /** Counts `key` once more, or, with `member`, once per distinct member. */
  add(key: string, member?: string): void {
    if ((this.used + 1) * 10 > this.capacity * 7) this.grow();
    const [h, l] = hash64(key);
    const slot = this.find(h, l);
    if (this.counts[slot] === 0) {
      this.hi[slot] = h;
      this.lo[slot] = l;
      this.used++;
    }
    const count = this.counts[slot]!;
    if (member === undefined) {
      this.counts[slot] = count + 1;
      return;
    }
    const [mh, ml] = hash64(member);
    if (count === 0) {
      this.counts[slot] = 1;
      this.memberHi[slot] = mh;
      this.memberLo[slot] = ml;
    } else if (count === 1 && this.memberHi[slot] === mh && this.memberLo[slot] === ml) {
      // the same member again: still one
    } else {
      const id = `${h}:${l}`;
      let set = this.members.get(id);
      if (set === undefined) {
        set = new Set([`${this.memberHi[slot]}:${this.memberLo[slot]}`]);
        this.members.set(id, set);
      }
      set.add(`${mh}:${ml}`);
      this.counts[slot] = set.size;
    }
  }

  /** The count of a key, or undefined when no case had it. */
  get(key: string): number | undefined {
    const [h, l] = hash64(key);
    const count = this.counts[this.find(h, l)]!;
    return count === 0 ? undefined : count;
  }

  /** True when some case had the key. */
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.used;
  }

  /** Each key's hash (16 hex digits) with its count. */
  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.capacity; i++) {
      const count = this.counts[i]!;
      if (count > 0)
        yield [this.hi[i]!.toString(16).padStart(8, "0") + this.lo[i]!.toString(16).padStart(8, "0"), count];
    }
  }

  /** Each key's hash. */
  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  /** Each count. */
  *values(): MapIterator<number> {
    for (const [, count] of this.entries()) yield count;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [key, count] of this.entries()) callback(count, key, this);
  }

  private find(h: number, l: number): number {
    const mask = this.capacity - 1;
    let slot = (h ^ Math.imul(l, 0x9e3779b1)) & mask;
    while (this.counts[slot] !== 0 && (this.hi[slot] !== h || this.lo[slot] !== l)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const old = {
      hi: this.hi,
      lo: this.lo,
      counts: this.counts,
      memberHi: this.memberHi,
      memberLo: this.memberLo,
    };
    this.capacity *= 2;
    this.hi = new Uint32Array(this.capacity);
    this.lo = new Uint32Array(this.capacity);
    this.counts = new Uint32Array(this.capacity);
    this.memberHi = new Uint32Array(this.capacity);
    this.memberLo = new Uint32Array(this.capacity);
    for (let i = 0; i < old.counts.length; i++) {
      if (old.counts[i] === 0) continue;
      const slot = this.find(old.hi[i]!, old.lo[i]!);
      this.hi[slot] = old.hi[i]!;
      this.lo[slot] = old.lo[i]!;
      this.counts[slot] = old.counts[i]!;
      this.memberHi[slot] = old.memberHi[i]!;
      this.memberLo[slot] = old.memberLo[i]!;
    }
  }
}
