/**
 * Delta deletion vectors (PROTOCOL.md "Deletion Vectors", "Deletion Vector Format"): Z85 text,
 * the RoaringBitmapArray format (magic 1681511377 + a 64-bit portable Roaring bitmap) and the
 * on-disk DV file (version byte, then per DV: big-endian size, bitmap, CRC-32). Pure: bytes in,
 * sorted row indexes out. No native dependencies.
 */

const Z85_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';
const Z85_INDEX = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < Z85_ALPHABET.length; i++) t[Z85_ALPHABET.charCodeAt(i)] = i;
  return t;
})();

/**
 * Decode Z85 text (ZeroMQ RFC 32) to bytes. Text whose length is not a multiple of 5 is padded
 * as Delta's encoder does (the padding bytes are dropped by the caller via `sizeInBytes`).
 * Example: decodeZ85('HelloWorld') = [0x86, 0x4f, 0xd2, 0x6f, 0xb5, 0x59, 0xf7, 0x5b].
 */
export function decodeZ85(text: string): Uint8Array {
  const blocks = Math.ceil(text.length / 5);
  const out = new Uint8Array(blocks * 4);
  for (let b = 0; b < blocks; b++) {
    let v = 0;
    for (let i = 0; i < 5; i++) {
      const pos = b * 5 + i;
      const code = pos < text.length ? text.charCodeAt(pos) : 48;
      const d = code < 128 ? Z85_INDEX[code] : -1;
      if (d < 0) throw new Error(`invalid Z85 character "${text[pos]}" at position ${pos + 1}`);
      v = v * 85 + d;
    }
    if (v > 0xffffffff) throw new Error(`invalid Z85 block at position ${b * 5 + 1}`);
    out[b * 4] = v >>> 24;
    out[b * 4 + 1] = (v >>> 16) & 0xff;
    out[b * 4 + 2] = (v >>> 8) & 0xff;
    out[b * 4 + 3] = v & 0xff;
  }
  return out;
}

/** The UUID in a `u` DV's last 20 Z85 characters, in canonical text form. */
export function decodeZ85Uuid(text: string): string {
  const b = decodeZ85(text);
  if (b.length !== 16) throw new Error(`a DV UUID is 20 Z85 characters, got ${text.length}`);
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const MAGIC = 1681511377;
/** Delta's older "native" layout (big-endian header, one 32-bit bitmap per index, as in PROTOCOL.md's inline example). */
const MAGIC_NATIVE = 1681511376;
const SERIAL_COOKIE_NO_RUN = 12346;
const SERIAL_COOKIE = 12347;

/**
 * Decode a RoaringBitmapArray (magic number + 64-bit portable Roaring bitmap) to the sorted row
 * indexes it holds. Handles array, bitmap and run containers. O(size + cardinality).
 * Example: the protocol's inline DV "wi5b=000010000siXQKl0rr91000f55c8Xg0@@D72lkbi5=-{L" holds
 * rows 3, 4, 7, 11, 18, 29.
 */
export function decodeRoaringBitmapArray(bytes: Uint8Array): Float64Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const need = (n: number) => {
    if (at + n > bytes.byteLength) throw new Error(`the bitmap is truncated (needs ${at + n} bytes, has ${bytes.byteLength})`);
  };
  need(8);
  const out: number[] = [];
  if (view.getInt32(0, false) === MAGIC_NATIVE) {
    const n = view.getInt32(4, false);
    at = 8;
    for (let b = 0; b < n; b++) {
      need(4);
      const size = view.getInt32(at, false);
      at += 4;
      const end = at + size;
      at = readRoaring32(view, at, b * 4294967296, out);
      if (at !== end) throw new Error(`bitmap ${b} is ${at - end + size} bytes, its header says ${size}`);
    }
    return Float64Array.from(out);
  }
  need(12);
  const magic = view.getInt32(0, true);
  if (magic !== MAGIC) throw new Error(`not a RoaringBitmapArray (magic number ${magic}, expected ${MAGIC})`);
  const buckets = Number(view.getBigUint64(4, true));
  at = 12;
  for (let b = 0; b < buckets; b++) {
    need(4);
    const high = view.getUint32(at, true) * 4294967296;
    at += 4;
    at = readRoaring32(view, at, high, out);
  }
  return Float64Array.from(out);
}

function readRoaring32(view: DataView, start: number, high: number, out: number[]): number {
  let at = start;
  const need = (n: number) => {
    if (at + n > view.byteLength) throw new Error(`the bitmap is truncated (needs ${at + n} bytes, has ${view.byteLength})`);
  };
  need(4);
  const cookie = view.getUint32(at, true);
  at += 4;
  let size: number;
  let runs: Uint8Array | undefined;
  if ((cookie & 0xffff) === SERIAL_COOKIE) {
    size = (cookie >>> 16) + 1;
    const n = (size + 7) >> 3;
    need(n);
    runs = new Uint8Array(view.buffer, view.byteOffset + at, n);
    at += n;
  } else if (cookie === SERIAL_COOKIE_NO_RUN) {
    need(4);
    size = view.getUint32(at, true);
    at += 4;
  } else throw new Error(`unknown Roaring cookie ${cookie}`);
  need(4 * size);
  const keys = new Array<number>(size);
  const cards = new Array<number>(size);
  for (let i = 0; i < size; i++) {
    keys[i] = view.getUint16(at, true);
    cards[i] = view.getUint16(at + 2, true) + 1;
    at += 4;
  }
  if (!runs || size >= 4) at += 4 * size; // container offsets: not needed reading in order
  for (let i = 0; i < size; i++) {
    const base = high + keys[i] * 65536;
    const isRun = runs ? (runs[i >> 3] >> (i & 7)) & 1 : 0;
    if (isRun) {
      need(2);
      const nRuns = view.getUint16(at, true);
      at += 2;
      need(4 * nRuns);
      for (let r = 0; r < nRuns; r++) {
        const s = view.getUint16(at, true);
        const len = view.getUint16(at + 2, true);
        at += 4;
        for (let v = s; v <= s + len; v++) out.push(base + v);
      }
    } else if (cards[i] <= 4096) {
      need(2 * cards[i]);
      for (let k = 0; k < cards[i]; k++, at += 2) out.push(base + view.getUint16(at, true));
    } else {
      need(8192);
      for (let w = 0; w < 2048; w++, at += 4) {
        let word = view.getUint32(at, true);
        while (word !== 0) {
          const t = word & -word;
          out.push(base + w * 32 + (31 - Math.clz32(t)));
          word ^= t;
        }
      }
    }
  }
  return at;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE, as java.util.zip.CRC32). */
export function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * One DV out of a DV file's bytes: `offset` points at its big-endian size; the bitmap is checked
 * against its CRC-32 and `sizeInBytes`.
 */
export function decodeDvFileEntry(file: Uint8Array, offset: number, sizeInBytes: number): Float64Array {
  if (file.byteLength < 1 || file[0] !== 1) throw new Error(`unknown deletion vector file version ${file[0]} (expected 1)`);
  if (offset + 4 > file.byteLength) throw new Error(`offset ${offset} lies outside the file (${file.byteLength} bytes)`);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const size = view.getInt32(offset, false);
  if (size !== sizeInBytes) throw new Error(`the DV at offset ${offset} is ${size} bytes, the log says ${sizeInBytes}`);
  if (offset + 8 + size > file.byteLength) throw new Error(`the DV at offset ${offset} is truncated`);
  const data = file.subarray(offset + 4, offset + 4 + size);
  const crc = view.getUint32(offset + 4 + size, false);
  if (crc32(data) !== crc) throw new Error(`the DV at offset ${offset} fails its CRC-32 check`);
  return decodeRoaringBitmapArray(data);
}
