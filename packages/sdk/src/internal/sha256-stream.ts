// Incremental SHA-256 (FIPS 180-4): the digest of a body that is produced piece by piece and never held whole,
// as a streamed NDJSON upload is, and the synchronous digest of small bodies for `Content-Digest`. WebCrypto has no incremental digest, hence this one; it is checked against
// WebCrypto in its test.

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

// Scratch space shared by every instance: each use runs to completion synchronously, so no two overlap, and
// allocating a typed array over 64 bytes costs more than hashing a small body.
const W = new Int32Array(64);
const TAIL = new Uint8Array(128);
const TAIL_VIEW = new DataView(TAIL.buffer);

/** A running SHA-256. */
export class Sha256 {
  readonly #h = Int32Array.of(
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  );
  readonly #block = new Uint8Array(64);
  #filled = 0;
  #length = 0;

  /** Feed `data`. */
  update(data: Uint8Array): this {
    this.#length += data.length;
    let i = 0;
    if (this.#filled > 0) {
      const take = Math.min(64 - this.#filled, data.length);
      this.#block.set(data.subarray(0, take), this.#filled);
      this.#filled += take;
      i = take;
      if (this.#filled < 64) return this;
      this.#compress(this.#block, 0);
      this.#filled = 0;
    }
    for (; i + 64 <= data.length; i += 64) this.#compress(data, i);
    if (i < data.length) {
      this.#block.set(data.subarray(i), 0);
      this.#filled = data.length - i;
    }
    return this;
  }

  /** The digest of everything fed (the hash cannot be fed afterwards). */
  digest(): Uint8Array {
    const bits = this.#length * 8;
    const tailLength = this.#filled < 56 ? 64 : 128;
    TAIL.fill(0, 0, tailLength);
    TAIL.set(this.#block.subarray(0, this.#filled));
    TAIL[this.#filled] = 0x80;
    TAIL_VIEW.setUint32(tailLength - 8, Math.floor(bits / 0x1_0000_0000));
    TAIL_VIEW.setUint32(tailLength - 4, bits >>> 0);
    for (let i = 0; i < tailLength; i += 64) this.#compress(TAIL, i);
    const out = new Uint8Array(32);
    const h = this.#h;
    for (let i = 0, j = 0; i < 8; i++, j += 4) {
      const v = h[i]!;
      out[j] = v >>> 24;
      out[j + 1] = (v >>> 16) & 255;
      out[j + 2] = (v >>> 8) & 255;
      out[j + 3] = v & 255;
    }
    return out;
  }

  #compress(data: Uint8Array, offset: number): void {
    const w = W;
    for (let i = 0, j = offset; i < 16; i++, j += 4) w[i] = (data[j]! << 24) | (data[j + 1]! << 16) | (data[j + 2]! << 8) | data[j + 3]!;
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!, b = w[i - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    const h = this.#h;
    let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, k = h[7]!;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (k + S1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0]! + a) | 0; h[1] = (h[1]! + b) | 0; h[2] = (h[2]! + c) | 0; h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0; h[5] = (h[5]! + f) | 0; h[6] = (h[6]! + g) | 0; h[7] = (h[7]! + k) | 0;
  }
}
