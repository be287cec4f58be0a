# /usr/bin/python3 iqm.py: interquartile means for EffectReferenceTests.cs (SciPy trim_mean with 25% cut each end).
from scipy.stats import trim_mean
sets = {
    "unequal-n": [0.912, 0.905, 0.921, 0.917, 0.909, 0.925, 0.931, 0.919, 0.928, 0.935, 0.922, 0.930],
    "eight": [0.312, 0.298, 0.305, 0.321, 0.309, 0.300, 0.315, 0.303],
    "ties": [3, 3, 4, 4, 5, 5, 5],
    "n-2": [0.5, 0.7],
    "n-3": [2.1, 2.3, 1.9],
    "n-5-outlier": [1.0, 1.1, 1.2, 9.0, 1.05],
}
for name, x in sets.items():
    print(f'        new("{name}", [{", ".join(repr(float(v)) for v in x)}], {trim_mean(x, 0.25)!r}),')
