/**
 * Drift statistics against scipy 1.10.1 (Debian python3-scipy), computed once with
 * /usr/bin/python3 on the same data; each case names the call.
 */
import { describe, expect, it } from 'vitest';
import { chiSquare, fillZeros, gammaQ, jensenShannon, ks2Sample, psi, sortedCopy, twoSidedNormalP, wasserstein1, wassersteinNormed, zTestProportions } from '../../../src/data/stats.js';
import { seattleColumn } from './seattle.js';

const col = (years: string[], c: string) => sortedCopy(seattleColumn(years, c));

describe('ks2Sample (scipy.stats.ks_2samp, method auto = exact here)', () => {
  it.each([
    // scipy 1.10 ks_2samp(seattle 2012[c], seattle 2015[c]) -> (statistic, pvalue)
    { name: 'temp_max 2012 vs 2015', column: 'temp_max', d: 0.15254135788606932, p: 0.00031570876212856956 },
    { name: 'temp_min 2012 vs 2015', column: 'temp_min', d: 0.1180402724754847, p: 0.011236747256045688 },
    { name: 'precipitation 2012 vs 2015 (many ties at 0)', column: 'precipitation', d: 0.09485739950595104, p: 0.06596320240903518 },
    { name: 'wind 2012 vs 2015', column: 'wind', d: 0.07620330863088555, p: 0.21746699885142076 },
  ])('$name', ({ column, d, p }) => {
    const r = ks2Sample(col(['2012'], column), col(['2015'], column));
    expect(r.statistic).toBeCloseTo(d, 12);
    expect(r.pValue / p).toBeCloseTo(1, 9);
  });

  it('identical samples: D = 0, p = 1', () => {
    const a = sortedCopy([1, 2, 3, 4]);
    expect(ks2Sample(a, a)).toEqual({ statistic: 0, pValue: 1 });
  });

  it('completely separated small samples: exact p = 2 / C(8, 4) (scipy ks_2samp([1,2,3,4],[5,6,7,8]).pvalue = 0.028571428571428577)', () => {
    expect(ks2Sample(sortedCopy([1, 2, 3, 4]), sortedCopy([5, 6, 7, 8])).pValue).toBeCloseTo(0.028571428571428577, 14);
  });
});

describe('chiSquare (scipy.stats.chisquare)', () => {
  it('seattle weather 2015 observed vs 2012 scaled (chisquare([7,52,144,0,162], f_exp) = 510.7456174371113, p 3.175925503326935e-109)', () => {
    // keys drizzle, fog, rain, snow, sun; 2012 counts 31, 5, 191, 21, 118 scaled by 365/366
    const k = 365 / 366;
    const r = chiSquare([7, 52, 144, 0, 162], [31, 5, 191, 21, 118].map((x) => x * k));
    expect(r.statistic).toBeCloseTo(510.7456174371113, 9);
    expect(r.pValue / 3.175925503326935e-109).toBeCloseTo(1, 6);
  });
  it.each([
    // scipy.special.gammaincc(a, x)
    { name: 'gammaincc(2, 3) = 0.1991482734714558', a: 2, x: 3, q: 0.1991482734714558 },
    { name: 'gammaincc(0.5, 0.1) = 0.6547208460185768', a: 0.5, x: 0.1, q: 0.6547208460185768 },
    { name: 'gammaincc(10, 30) = 7.121750862815593e-06', a: 10, x: 30, q: 7.121750862815593e-6 },
  ])('$name', ({ a, x, q }) => expect(gammaQ(a, x) / q).toBeCloseTo(1, 9));
});

describe('distances', () => {
  it.each([
    // scipy 1.10 wasserstein_distance(ref, cur) / max(np.std(ref), 0.001) (Evidently's normed Wasserstein)
    { name: 'temp_max 2012 vs 2015', column: 'temp_max', ref: ['2012'], w: 0.3042544216653839 },
    { name: 'precipitation 2012 vs 2015', column: 'precipitation', ref: ['2012'], w: 0.1490713814247871 },
    { name: 'wind 2012-2014 vs 2015', column: 'wind', ref: ['2012', '2013', '2014'], w: 0.09153627419861421 },
  ])('normalized Wasserstein: $name', ({ column, ref, w }) => {
    expect(wassersteinNormed(col(ref, column), col(['2015'], column))).toBeCloseTo(w, 12);
  });

  it('wasserstein_distance([0,1,3],[5,6,8]) = 5.0 (scipy docs example)', () => {
    expect(wasserstein1(sortedCopy([0, 1, 3]), sortedCopy([5, 6, 8]))).toBeCloseTo(5, 12);
  });

  it('Jensen–Shannon base 2 (scipy.spatial.distance.jensenshannon(p, q, 2) = 0.320631641513391, seattle weather 2012 vs 2015 shares)', () => {
    const ref = [31, 5, 191, 21, 118].map((x) => x / 366);
    const cur = [7, 52, 144, 0, 162].map((x) => x / 365);
    expect(jensenShannon(ref, cur, 2)).toBeCloseTo(0.320631641513391, 12);
  });
  it('Jensen–Shannon of identical distributions is 0 and of disjoint ones is 1 (base 2)', () => {
    expect(jensenShannon([0.5, 0.5], [0.5, 0.5])).toBe(0);
    expect(jensenShannon([1, 0], [0, 1])).toBeCloseTo(1, 12);
  });
  it("PSI with Evidently's zero filling (0.8375807528826245 by numpy on the same shares)", () => {
    const ref = fillZeros([31, 5, 191, 21, 118].map((x) => x / 366));
    const cur = fillZeros([7, 52, 144, 0, 162].map((x) => x / 365));
    expect(psi(ref, cur)).toBeCloseTo(0.8375807528826245, 12);
  });
});

describe('Z-test for two proportions (Evidently z_stat_test)', () => {
  it('penguins Sex, Adelie vs Gentoo (z = -0.20414046336370958, p = 0.8382437348653553 via scipy.stats.norm.cdf)', () => {
    // FEMALE is the first sorted key; Adelie 73 F / 146, Gentoo 58 F / 119 (nulls and "." dropped)
    const r = zTestProportions(146 - 73, 146, 119 - 58, 119);
    expect(r.statistic).toBeCloseTo(-0.20414046336370958, 10);
    // simple-statistics' errorFunction is accurate to about 1e-7
    expect(r.pValue).toBeCloseTo(0.8382437348653553, 6);
  });
  it.each([
    // 2*(1 - scipy.stats.norm.cdf(z)) and 2*scipy.stats.norm.sf(z) for the tail
    { name: 'z = 1.96', z: 1.96, p: 0.04999579029644097 },
    { name: 'z = 6 (tail)', z: 6, p: 1.973175290075389e-9 },
  ])('two-sided normal p-value, $name', ({ z, p }) => expect(twoSidedNormalP(z) / p).toBeCloseTo(1, 6));
});
