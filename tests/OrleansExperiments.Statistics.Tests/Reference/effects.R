# Rscript effects.R: per-arm summaries, Hedges' g and P(change better) for EffectReferenceTests.cs.
# The IQM reference is SciPy's scipy.stats.trim_mean(x, 0.25) (see iqm.py); here only mean and sd.
source("datasets.R")
hedges_g <- function(b, c) {
  nu <- length(b) + length(c) - 2
  sp <- sqrt(((length(b) - 1) * var(b) + (length(c) - 1) * var(c)) / nu)
  j <- exp(lgamma(nu / 2) - lgamma((nu - 1) / 2)) / sqrt(nu / 2)
  j * (mean(c) - mean(b)) / sp
}
all <- c(independent, paired)
for (name in names(all)) {
  d <- all[[name]]
  # P(change better) for a maximized metric: W of wilcox.test(change, baseline) / (n1 n2); minimized: wilcox.test(baseline, change).
  up <- unname(suppressWarnings(wilcox.test(d$c, d$b, exact = FALSE))$statistic) / (length(d$b) * length(d$c))
  down <- unname(suppressWarnings(wilcox.test(d$b, d$c, exact = FALSE))$statistic) / (length(d$b) * length(d$c))
  cat(sprintf('        new("%s", %s, %s, %s, %s, %s, %s, %s),\n', name,
              g(mean(d$b)), g(sd(d$b)), g(mean(d$c)), g(sd(d$c)),
              if (sd(d$b) == 0 && sd(d$c) == 0) "null" else g(hedges_g(d$b, d$c)), g(up), g(down)))
}
