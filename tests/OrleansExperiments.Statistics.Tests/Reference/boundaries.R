# Rscript boundaries.R: the same Lan-DeMets O'Brien-Fleming-type boundaries as boundaries.py, by a third,
# independent method: nested adaptive Gauss-Kronrod quadrature (R's integrate) of the recursive density of
# Z at each look (Armitage, McPherson & Rowe 1969), each boundary found by uniroot. Slow (minutes), precise.
bounds <- function(seeds, alpha, two_sided, tol = 1e-10) {
  tail_alpha <- if (two_sided) alpha / 2 else alpha
  t <- seeds / seeds[length(seeds)]
  spend <- function(x) 2 - 2 * pnorm(qnorm(1 - tail_alpha / 2) / sqrt(x))
  cs <- numeric(0)
  low <- function(k) if (two_sided) -cs[k] else -10
  step <- function(k, u, z) (z * sqrt(t[k]) - u * sqrt(t[k - 1])) / sqrt(t[k] - t[k - 1])
  # Sub-density of Z_k at z, over paths that stayed inside at looks 1..k-1.
  g <- function(k, z) {
    if (k == 1) return(dnorm(z))
    sapply(z, function(zz) integrate(function(u) g(k - 1, u) * dnorm(step(k, u, zz)), low(k - 1), cs[k - 1],
                                     rel.tol = tol, abs.tol = 0, subdivisions = 1000)$value * sqrt(t[k]) / sqrt(t[k] - t[k - 1]))
  }
  for (k in seq_along(t)) {
    target <- spend(t[k]) - if (k == 1) 0 else spend(t[k - 1])
    if (k == 1) { cs <- qnorm(target, lower.tail = FALSE); next }
    cross <- function(c) integrate(function(u) g(k - 1, u) * pnorm(step(k, u, c), lower.tail = FALSE), low(k - 1), cs[k - 1],
                                   rel.tol = tol, abs.tol = 0, subdivisions = 1000)$value
    cs <- c(cs, uniroot(function(c) cross(c) - target, c(0.5, 8), tol = 1e-12)$root)
  }
  cs
}
for (k in list(list(c(5, 10, 15, 20), 0.05, TRUE), list(c(3, 8, 20), 0.05, TRUE), list(c(5, 10, 15, 20), 0.05, FALSE)))
  cat(sprintf("        new([%s], %s, %s, [%s]),\n", paste(k[[1]], collapse = ", "), k[[2]], if (k[[3]]) "true" else "false",
              paste(sprintf("%.10f", bounds(k[[1]], k[[2]], k[[3]])), collapse = ", ")))
