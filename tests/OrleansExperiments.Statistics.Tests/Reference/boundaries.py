# /usr/bin/python3 boundaries.py: Lan-DeMets O'Brien-Fleming-type boundaries for SequentialBoundaryTests.cs,
# computed independently of the C# integration: each boundary is the root (scipy.optimize.brentq) that makes
# the multivariate normal probability (scipy.stats.multivariate_normal.cdf, Genz's algorithm) of first
# crossing at look k equal to the alpha spent between looks k-1 and k. Cov(Z_j, Z_k) = sqrt(t_j / t_k).
import numpy as np
from scipy.optimize import brentq
from scipy.stats import multivariate_normal, norm

def spend(t, alpha):
    return 2 - 2 * norm.cdf(norm.ppf(1 - alpha / 2) / np.sqrt(t))

def boundaries(seeds, alpha, two_sided):
    # Each tail spends its own alpha (alpha/2 per tail when two-sided), as gsDesign, rpact and ldbounds do.
    tail_alpha = alpha / 2 if two_sided else alpha
    t = np.array(seeds, float) / seeds[-1]
    cs, spent_before = [], 0.0
    for k in range(len(t)):
        target = spend(t[k], tail_alpha) - spent_before
        spent_before = spend(t[k], tail_alpha)
        if k == 0:
            cs.append(norm.isf(target)); continue
        cov = np.sqrt(np.minimum.outer(t[:k + 1], t[:k + 1]) / np.maximum.outer(t[:k + 1], t[:k + 1]))
        lower_prev = [-c if two_sided else -np.inf for c in cs]
        def crossing(c):
            # P(inside at looks 1..k-1, Z_k > c) = P(inside 1..k-1, Z_k < inf) - P(inside 1..k-1, Z_k <= c)
            upper = np.array(cs + [np.inf]); lower = np.array(lower_prev + [-np.inf])
            inside = multivariate_normal.cdf(upper, cov=cov, lower_limit=lower, maxpts=4 * 10**6, abseps=1e-10, releps=1e-8)
            upper[-1] = c
            below = multivariate_normal.cdf(upper, cov=cov, lower_limit=lower, maxpts=4 * 10**6, abseps=1e-10, releps=1e-8)
            return inside - below - target
        cs.append(brentq(crossing, 0.0 if two_sided else -5.0, 20.0, xtol=1e-10))
    return cs

np.random.seed(1)
for seeds, alpha, two_sided in [([5, 10, 15, 20], 0.05, True), ([10, 20], 0.05, True), ([3, 8, 20], 0.05, True),
                                ([5, 10, 15, 20], 0.05, False), ([4, 6, 9, 12, 16], 0.1, True)]:
    cs = boundaries(seeds, alpha, two_sided)
    print(f'        new([{", ".join(map(str, seeds))}], {alpha}, {"true" if two_sided else "false"}, [{", ".join(f"{c:.10f}" for c in cs)}]),')
