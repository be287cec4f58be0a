# Rscript power.R: sample sizes and power for PowerReferenceTests.cs.
g <- function(x) sprintf("%.15g", x)
cat("# power.t.test sample sizes: delta, sd, sig.level, alternative, type -> n, ceiling(n)\n")
cases <- list(
  list(1, 1, 0.05, "two.sided", "two.sample"), list(0.5, 1, 0.05, "two.sided", "two.sample"),
  list(0.01, 0.01, 0.05, "two.sided", "two.sample"), list(2, 1, 0.05, "two.sided", "two.sample"),
  list(1, 1, 0.05, "one.sided", "two.sample"), list(0.3, 1, 0.01, "two.sided", "two.sample"),
  list(0.004, 0.006, 0.1, "one.sided", "two.sample"), list(3, 1, 0.05, "two.sided", "two.sample"),
  list(1, 1, 0.05, "two.sided", "paired"), list(0.5, 1.3, 0.05, "one.sided", "paired"),
  list(2.5, 1, 0.01, "two.sided", "paired"))
for (k in cases) {
  r <- power.t.test(delta = k[[1]], sd = k[[2]], sig.level = k[[3]], power = 0.8, alternative = k[[4]], type = k[[5]])
  cat(sprintf('        new(%s, %s, %s, "%s", "%s", %s, %d),\n', k[[1]], k[[2]], k[[3]], k[[4]], k[[5]], g(r$n), ceiling(r$n)))
}
cat("# Welch power with unequal sds: n, delta, sd1, sd2, alpha, sides -> power\n")
welch <- function(n, delta, s1, s2, alpha, sides) {
  v <- s1^2 + s2^2
  df <- (n - 1) * v^2 / (s1^4 + s2^4)
  pt(qt(alpha / sides, df, lower.tail = FALSE), df, ncp = delta / sqrt(v / n), lower.tail = FALSE)
}
for (k in list(list(5, 1, 1, 1, 0.05, 2), list(10, 0.5, 0.3, 0.9, 0.05, 2), list(3, 2, 0.1, 1.5, 0.05, 1),
               list(20, 0.01, 0.02, 0.015, 0.01, 2), list(2, 1, 0.5, 0.5, 0.2, 1))) {
  cat(sprintf("        new(%d, %s, %s, %s, %s, %d, %s),\n", k[[1]], k[[2]], k[[3]], k[[4]], k[[5]], k[[6]], g(do.call(welch, k))))
}
