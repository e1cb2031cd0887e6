/** binaryAuc as it was before it sorted typed arrays (src/model/metrics.ts until 2026-12-06, verbatim): the reference. */
export function binaryAucReference(positive: ArrayLike<boolean | number>, score: ArrayLike<number>): number | null {
  const n = score.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[a] - score[b]);
  let nPos = 0;
  let rankSumPos = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && score[idx[j]] === score[idx[i]]) j++;
    const avgRank = (i + 1 + j) / 2;
    for (let t = i; t < j; t++) {
      if (positive[idx[t]]) {
        nPos++;
        rankSumPos += avgRank;
      }
    }
    i = j;
  }
  const nNeg = n - nPos;
  if (nPos === 0 || nNeg === 0) return null;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}
