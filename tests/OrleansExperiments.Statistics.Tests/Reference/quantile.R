# Rscript quantile.R: type-7 quantiles for QuantileReferenceTests.cs: quantile(x, p, type = 7).
sets <- list(c(0.31, 0.12, 0.55, 0.12, 0.98, 0.47, 0.66), c(0.5, 0.7), c(3, 3, 4, 4, 5), c(-1.5, 2.25, 0.125),
             c(0.912, 0.905, 0.921, 0.917, 0.909, 0.925, 0.931, 0.919, 0.928, 0.935, 0.922, 0.930))
for (x in sets) for (p in c(0, 0.025, 0.1, 0.25, 0.5, 0.9, 0.975, 1))
  cat(sprintf("        { [%s], %s, %s },\n", paste(x, collapse = ", "), p, sprintf("%.15g", quantile(x, p, type = 7, names = FALSE))))
