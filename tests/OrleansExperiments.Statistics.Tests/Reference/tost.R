# Rscript tost.R: two one-sided tests for EquivalenceReferenceTests.cs.
# lower: t.test(change, baseline, mu = -margin, alternative = "greater"); upper: mu = +margin, "less";
# interval: conf.int of the two-sided t.test at conf.level = 1 - 2 alpha; difference: two-sided p at mu = 0.
source("datasets.R")
cases <- list(
  list("unequal-n", 0.02, 0.05, FALSE), list("unequal-variances", 0.5, 0.05, FALSE), list("ties", 1.5, 0.05, FALSE),
  list("n-2", 0.2, 0.1, FALSE), list("loss", 0.01, 0.05, FALSE), list("one-arm-constant", 0.3, 0.05, FALSE),
  list("paired-accuracy", 0.02, 0.05, TRUE), list("paired-n-2", 2, 0.05, TRUE), list("paired-loss", 0.005, 0.05, TRUE))
for (k in cases) {
  d <- c(independent, paired)[[k[[1]]]]; margin <- k[[2]]; alpha <- k[[3]]; pr <- k[[4]]
  lo <- t.test(d$c, d$b, mu = -margin, alternative = "greater", paired = pr)
  up <- t.test(d$c, d$b, mu = margin, alternative = "less", paired = pr)
  ci <- t.test(d$c, d$b, conf.level = 1 - 2 * alpha, paired = pr)$conf.int
  p0 <- t.test(d$c, d$b, paired = pr)$p.value
  cat(sprintf('        new("%s", %s, %s, TestKind.%s, %s, %s, %s, %s, %s, %s, %s, %s),\n', k[[1]], margin, alpha, if (pr) "Paired" else "Welch",
              g(lo$statistic), g(up$statistic), g(lo$parameter), g(lo$p.value), g(up$p.value), g(ci[1]), g(ci[2]), g(p0)))
}
