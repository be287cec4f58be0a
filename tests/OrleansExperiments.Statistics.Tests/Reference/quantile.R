# Rscript quantile.R: type-7 quantiles for QuantileReferenceTests.cs.
x <- c(0.31, 0.12, 0.55, 0.12, 0.98, 0.47, 0.66)
for (p in c(0, 0.025, 0.1, 0.25, 0.5, 0.9, 0.975, 1)) cat(sprintf("        [InlineData(%s, %s)]\n", p, sprintf("%.15g", quantile(x, p, type = 7))))
