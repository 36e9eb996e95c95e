// Vector helpers for the embeddings and the memory, one of each. Sums run in float64 (plain JS numbers) so results
// don't depend on the order rounding happens in more than necessary. A (numerically) zero vector has no direction:
// its unit vector is zeros and its cosine with anything is 0.

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** ‖a‖, or of the slice a[offset, offset + length). */
export function norm(a: ArrayLike<number>, offset = 0, length = a.length - offset): number {
  let sum = 0;
  for (let i = offset; i < offset + length; i++) sum += a[i]! * a[i]!;
  return Math.sqrt(sum);
}

/** A unit-length copy; all zeros when the vector is (numerically) zero. */
export function unit(a: ArrayLike<number>): Float32Array {
  const out = new Float32Array(a.length);
  const n = norm(a);
  if (!(n > 1e-12) || !Number.isFinite(n)) return out;
  for (let i = 0; i < a.length; i++) out[i] = a[i]! / n;
  return out;
}

/** Cosine similarity; 0 when either vector is zero (a text the model could not read is similar to nothing). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const na = norm(a);
  const nb = norm(b);
  if (!(na > 1e-12) || !(nb > 1e-12)) return 0;
  return dot(a, b) / (na * nb);
}
