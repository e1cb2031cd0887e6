/**
 * binCuts as it was before it sorted into a caller's scratch and walked the sorted sample in place
 * (src/model/hist.ts until 2026-12-06, verbatim): the reference the new one is checked against.
 */
export function binCutsReference(col: Float64Array, maxBins = 256, sampleSize = 65536): Float64Array {
  const n = col.length;
  const step = Math.max(1, Math.floor(n / sampleSize));
  const m = Math.ceil(n / step);
  const s = new Float64Array(m);
  for (let i = 0, j = 0; i < n; i += step, j++) s[j] = col[i] + 0;
  s.sort();
  const vals = new Float64Array(m);
  const counts = new Float64Array(m);
  let nv = 0;
  for (let i = 0; i < m; i++) {
    if (nv > 0 && vals[nv - 1] === s[i]) counts[nv - 1]++;
    else {
      vals[nv] = s[i];
      counts[nv++] = 1;
    }
  }
  const cuts: number[] = [];
  if (nv <= maxBins) {
    for (let i = 1; i < nv; i++) cuts.push((vals[i - 1] + vals[i]) / 2);
  } else {
    let cum = 0;
    let next = 1;
    for (let i = 0; i < nv - 1; i++) {
      cum += counts[i];
      if (cum >= (next * m) / maxBins) {
        cuts.push((vals[i] + vals[i + 1]) / 2);
        while (cum >= (next * m) / maxBins) next++;
        if (cuts.length === maxBins - 1) break;
      }
    }
  }
  return Float64Array.from(cuts);
}
