/**
 * Counts by key in flat typed arrays: the key text itself (UTF-8, exact) in an arena of 1 MiB chunks, and per
 * key one slot of an open-addressing hash table (the position of the key and its count). About 45 bytes a key
 * (its text included) however many records carry it, no object per key; the key text lives in
 * SharedArrayBuffers where the platform has them, and the slots move to one when the table is first shared, so
 * worker threads read one index without copying it.
 *
 * A table can count distinct members (households) instead of records: the first member of a key is kept as a
 * 64-bit hash in the slot, and only keys that see a second member add (key, member hash) pairs to a set. Two
 * households are counted once only if they share a key AND their ids collide in 64 bits.
 */

/**
 * Read access to counts by key: what cross-record facts read from a population index (a `Map` fits too).
 *
 * @example
 * ```ts
 * const counts: KeyCounts = new Map([["sponsor:s-1", 6]]);
 * counts.get("sponsor:s-1"); // 6
 * counts.has("sponsor:s-2"); // false
 * ```
 */
export interface KeyCounts {
  /** The count of a key, or undefined when no record carried it. */
  get(key: string): number | undefined;
  /** Whether a record carried the key. */
  has(key: string): boolean;
  /** Number of distinct keys. */
  readonly size: number;
}

/**
 * The buffers of a {@link KeyCountTable}, for handing it to another thread (shared, not copied, when
 * SharedArrayBuffers).
 *
 * @example
 * ```ts
 * const buffers: KeyCountBuffers = KeyCountTable.of(new Map([["s-1", 3]])).buffers(); // e.g. posted to a worker
 * KeyCountTable.fromBuffers(buffers).get("s-1"); // 3
 * ```
 */
export interface KeyCountBuffers {
  /** The key arena in chunks (UTF-8, each key after its length in bytes, 7 bits a byte). */
  arena: ArrayBufferLike[];
  /** Slots: key position + 1 (0 = empty) and count, two 32-bit words a slot. */
  slots: ArrayBufferLike;
  /** Number of keys. */
  size: number;
}

const EMPTY = 0;
const encoder = new TextEncoder();

/** A buffer of the given size: shared where the platform allows it, else an ordinary one. */
function buffer(bytes: number): ArrayBufferLike {
  return typeof SharedArrayBuffer === "function" ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}

/**
 * Bits of a key's position within its arena chunk: a chunk holds 1 MiB of keys (a longer key gets a chunk of its
 * own), and a position is `chunk << CHUNK_BITS | offset`, so the arena addresses 4,096 chunks.
 */
const CHUNK_BITS = 20;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const MAX_CHUNKS = 2 ** (32 - CHUNK_BITS) - 1;

/** FNV-1a over bytes. */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

/** Two independent 32-bit hashes of a string's UTF-16 code units (a 64-bit member hash). */
export function memberHash(member: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < member.length; i++) {
    const c = member.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, (b ^ member.length) >>> 0];
}

function readOnly(): never {
  throw new TypeError("the table is finished: it is read-only");
}

/** A set of (key slot, 64-bit member hash) pairs: open addressing over three 32-bit words an entry. */
class PairSet {
  private words = new Uint32Array(3 * 64);
  private capacity = 64;
  private count = 0;

  /** Adds a pair; true when it was not there. */
  add(slot: number, h1: number, h2: number): boolean {
    if ((this.count + 1) * 4 > this.capacity * 3) this.grow();
    const mask = this.capacity - 1;
    let i = (Math.imul(slot + 1, 0x9e3779b1) ^ h1) & mask;
    for (;;) {
      const at = 3 * i;
      const stored = this.words[at]!;
      if (stored === EMPTY) {
        this.words[at] = slot + 1;
        this.words[at + 1] = h1;
        this.words[at + 2] = h2;
        this.count++;
        return true;
      }
      if (stored === slot + 1 && this.words[at + 1] === h1 && this.words[at + 2] === h2) return false;
      i = (i + 1) & mask;
    }
  }

  /** The same pairs with each key slot moved to its new slot (after the table's slots were rehashed). */
  remapped(moved: Int32Array): PairSet {
    const next = new PairSet();
    for (let at = 0; at < this.words.length; at += 3) {
      const slot = this.words[at]!;
      if (slot !== EMPTY) next.add(moved[slot - 1]!, this.words[at + 1]!, this.words[at + 2]!);
    }
    return next;
  }

  private grow(): void {
    const old = this.words;
    this.capacity *= 2;
    this.words = new Uint32Array(3 * this.capacity);
    this.count = 0;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at] !== EMPTY) this.add(old[at]! - 1, old[at + 1]!, old[at + 2]!);
    }
  }
}

/**
 * Exact counts by string key, in typed arrays. Built by one writer (`add`, then `finish`), then read by any
 * number of readers, in this thread or, through {@link KeyCountTable.buffers} and
 * {@link KeyCountTable.fromBuffers}, in others. The key arena grows by whole chunks that are never copied; the
 * slots grow in ordinary buffers (whose old copies the garbage collector reclaims at once) and move to one
 * shared buffer when the table is first shared.
 *
 * @example
 * ```ts
 * const table = new KeyCountTable(true); // counts distinct members (households) per key
 * table.add("address:a-1", "p-0001");
 * table.add("address:a-1", "p-0001"); // the same household: still 1
 * table.add("address:a-1", "p-0007");
 * table.finish().get("address:a-1"); // 2
 * ```
 */
export class KeyCountTable implements KeyCounts {
  private chunks: Uint8Array[] = [];
  /** Bytes used in the last chunk. */
  private used = CHUNK_SIZE;
  private slots: Uint32Array;
  private capacity: number;
  private keys = 0;
  /** Per slot, the first member's hash (two words), for tables that count members. */
  private members: Uint32Array | undefined;
  private pairs: PairSet | undefined;
  private scratch = new Uint8Array(256);
  private finished = false;

  /** @param countsMembers - count distinct members per key (see `add`) rather than records */
  constructor(countsMembers = false) {
    this.capacity = 1024;
    this.slots = new Uint32Array(2 * this.capacity);
    if (countsMembers) this.members = new Uint32Array(2 * this.capacity);
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.keys;
  }

  /** Encodes a key into the scratch buffer; returns its length in bytes. */
  private encode(key: string): number {
    if (this.scratch.length < key.length * 3) this.scratch = new Uint8Array(key.length * 3);
    return encoder.encodeInto(key, this.scratch).written;
  }

  /** Whether the key stored at `position` is the key in the scratch buffer (first `length` bytes). */
  private sameKey(position: number, length: number): boolean {
    const chunk = this.chunks[position >>> CHUNK_BITS]!;
    let p = position & (CHUNK_SIZE - 1);
    let stored = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = chunk[p++]!;
      stored |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    if (stored !== length) return false;
    const scratch = this.scratch;
    for (let k = 0; k < length; k++) if (chunk[p + k] !== scratch[k]) return false;
    return true;
  }

  /** The slot of the key in the scratch buffer (first `length` bytes), or the empty slot where it would go. */
  private find(length: number, hash: number): number {
    const mask = this.capacity - 1;
    const slots = this.slots;
    let i = hash & mask;
    for (;;) {
      const stored = slots[2 * i]!;
      if (stored === EMPTY || this.sameKey(stored - 1, length)) return i;
      i = (i + 1) & mask;
    }
  }

  /** The hash of the key stored at `position` (as `add` hashed it). */
  private storedHash(position: number): number {
    const chunk = this.chunks[position >>> CHUNK_BITS]!;
    let p = position & (CHUNK_SIZE - 1);
    let length = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = chunk[p++]!;
      length |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return hashBytes(chunk, p, p + length);
  }

  /**
   * Counts one record under a key: +1, or with `member`, +1 only the first time that member is seen under the key.
   * (A table counts members only if it was made to.)
   */
  add(key: string, member?: string): void {
    if (this.finished) readOnly();
    if ((this.keys + 1) * 4 > this.capacity * 3) this.grow();
    const length = this.encode(key);
    const hash = hashBytes(this.scratch, 0, length);
    const i = this.find(length, hash);
    const at = 2 * i;
    const members = this.members;
    if (this.slots[at] === EMPTY) {
      this.slots[at] = this.store(length) + 1;
      this.slots[at + 1] = 1;
      this.keys++;
      if (members !== undefined && member !== undefined) {
        const [h1, h2] = memberHash(member);
        members[2 * i] = h1;
        members[2 * i + 1] = h2;
      }
      return;
    }
    if (members === undefined || member === undefined) {
      this.slots[at + 1]!++;
      return;
    }
    const [h1, h2] = memberHash(member);
    const first1 = members[2 * i]!;
    const first2 = members[2 * i + 1]!;
    if (this.slots[at + 1] === 1) {
      if (first1 === h1 && first2 === h2) return;
      this.pairs ??= new PairSet();
      this.pairs.add(i, first1, first2);
    }
    if (this.pairs!.add(i, h1, h2)) this.slots[at + 1]!++;
  }

  /**
   * A table with the given counts (e.g. from a `Map` built by hand), so it can be shared with other threads.
   *
   * @example
   * ```ts
   * KeyCountTable.of(new Map([["s-1", 3]])).get("s-1"); // 3
   * ```
   */
  static of(counts: Iterable<readonly [string, number]>): KeyCountTable {
    const table = new KeyCountTable();
    for (const [key, count] of counts) {
      if (!Number.isSafeInteger(count) || count < 1) continue;
      table.add(key);
      const length = table.encode(key);
      const i = table.find(length, hashBytes(table.scratch, 0, length));
      table.slots[2 * i + 1] = count;
    }
    return table.finish();
  }

  /** Copies the scratch key into the arena, after its length (7 bits a byte); returns its position. */
  private store(length: number): number {
    const need = 5 + length;
    const last = this.chunks.at(-1);
    if (last === undefined || this.used + need > last.length) {
      if (this.chunks.length >= MAX_CHUNKS) throw new RangeError("the key arena is full (4 GiB)");
      this.chunks.push(new Uint8Array(buffer(Math.max(CHUNK_SIZE, need))));
      this.used = 0;
    }
    const chunk = this.chunks.at(-1)!;
    const position = ((this.chunks.length - 1) << CHUNK_BITS) | this.used;
    let p = this.used;
    let rest = length;
    while (rest >= 0x80) {
      chunk[p++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    chunk[p++] = rest;
    chunk.set(this.scratch.subarray(0, length), p);
    this.used = p + length;
    return position >>> 0;
  }

  /**
   * Doubles the slots (each key's hash read again from the arena). A table counting members keeps its pairs by
   * slot, so the pair set is rebuilt under the keys' new slots.
   */
  private grow(): void {
    const oldSlots = this.slots;
    const oldMembers = this.members;
    const oldCapacity = this.capacity;
    this.capacity *= 2;
    this.slots = new Uint32Array(2 * this.capacity);
    if (oldMembers !== undefined) this.members = new Uint32Array(2 * this.capacity);
    const moved = this.pairs === undefined ? undefined : new Int32Array(oldCapacity).fill(-1);
    const mask = this.capacity - 1;
    for (let old = 0; old < oldCapacity; old++) {
      const position = oldSlots[2 * old]!;
      if (position === EMPTY) continue;
      let i = this.storedHash(position - 1) & mask;
      while (this.slots[2 * i] !== EMPTY) i = (i + 1) & mask;
      this.slots[2 * i] = position;
      this.slots[2 * i + 1] = oldSlots[2 * old + 1]!;
      if (oldMembers !== undefined) {
        this.members![2 * i] = oldMembers[2 * old]!;
        this.members![2 * i + 1] = oldMembers[2 * old + 1]!;
      }
      if (moved !== undefined) moved[old] = i;
    }
    if (this.pairs !== undefined) this.pairs = this.pairs.remapped(moved!);
  }

  /**
   * Ends the build: the per-key member hashes and pairs (needed only to count members while building) are
   * dropped. The table stays readable; `add` is refused afterwards.
   */
  finish(): this {
    this.members = undefined;
    this.pairs = undefined;
    this.finished = true;
    return this;
  }

  /** The count of a key, or undefined when no record carried it. */
  get(key: string): number | undefined {
    if (typeof key !== "string") return undefined;
    const length = this.encode(key);
    const i = this.find(length, hashBytes(this.scratch, 0, length));
    return this.slots[2 * i] === EMPTY ? undefined : this.slots[2 * i + 1];
  }

  /** Whether a record carried the key. */
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * The buffers, shared (not copied) across threads when SharedArrayBuffers: the table is finished first, and its
   * slots, kept in an ordinary buffer while one thread reads them, move to a shared one on the first call.
   */
  buffers(): KeyCountBuffers {
    this.finish();
    if (typeof SharedArrayBuffer === "function" && !(this.slots.buffer instanceof SharedArrayBuffer)) {
      const shared = new Uint32Array(new SharedArrayBuffer(this.slots.byteLength));
      shared.set(this.slots);
      this.slots = shared;
    }
    return { arena: this.chunks.map((c) => c.buffer), slots: this.slots.buffer, size: this.keys };
  }

  /** A read-only table over buffers from {@link KeyCountTable.buffers} (another thread's table). */
  static fromBuffers(buffers: KeyCountBuffers): KeyCountTable {
    const table = new KeyCountTable();
    table.chunks = buffers.arena.map((b) => new Uint8Array(b));
    table.slots = new Uint32Array(buffers.slots);
    table.capacity = table.slots.length / 2;
    table.keys = buffers.size;
    table.members = undefined;
    table.finished = true;
    return table;
  }
}
