# Rscript factorial.R: effects and cell comparisons of 2^k ablations for FactorialReferenceTests.cs.
# Cells are listed in binary order of the components: baseline, A, B, A+B, C, A+C, B+C, A+B+C, D, ...
# Pooled: lm(y ~ A*B*...) with each component coded -1 (absent) / +1 (applied); an effect (difference of
#   averages) is 2 * coefficient, its SE 2 * the coefficient's SE; t, p and df.residual as lm reports them.
#   Cell comparisons: lm(y ~ 0 + cell), contrast cell - baseline with vcov().
# Welch: effect SE sqrt(sum(c^2 s^2 / n)), Welch-Satterthwaite df; cell comparisons: t.test(cell, baseline).
g <- function(x) sprintf("%.15g", x)
designs <- list(
  "k1" = list(components = c("A"), cells = list(c(0.90, 0.91, 0.905), c(0.93, 0.92, 0.925))),
  "k2-masked" = list(components = c("A", "B"), cells = list(
    c(0.900, 0.902, 0.898), c(0.890, 0.888, 0.893), c(0.905, 0.903, 0.907), c(0.920, 0.918, 0.923))),
  "k2-unbalanced" = list(components = c("A", "B"), cells = list(
    c(1.0, 1.4), c(1.1, 1.9, 1.5), c(0.7, 0.72, 0.71, 0.69), c(1.6, 2.4, 2.0))),
  "k2-ties" = list(components = c("A", "B"), cells = list(c(3, 3, 4), c(4, 4, 4, 5), c(3, 4, 4), c(5, 5, 6))),
  "k3-n2" = list(components = c("A", "B", "C"), cells = list(
    c(0.50, 0.52), c(0.55, 0.54), c(0.49, 0.53), c(0.60, 0.58), c(0.51, 0.50), c(0.56, 0.59), c(0.52, 0.50), c(0.63, 0.61))),
  "k3-loss" = list(components = c("lr", "wd", "aug"), cells = list(
    c(0.300, 0.302, 0.299), c(0.295, 0.296, 0.294), c(0.299, 0.301, 0.300), c(0.294, 0.293, 0.295),
    c(0.297, 0.298, 0.296), c(0.288, 0.287, 0.289), c(0.298, 0.297, 0.299), c(0.292, 0.293, 0.291))),
  "k4-n2" = list(components = c("A", "B", "C", "D"), cells = lapply(0:15, function(m) {
    bits <- as.integer(intToBits(m))[1:4]
    base <- 10 + 0.5 * bits[1] - 0.3 * bits[2] + 0.2 * bits[3] + 0.1 * bits[4] + 0.4 * bits[1] * bits[2]
    round(c(base + 0.05 * sin(m), base - 0.04 * cos(3 * m)), 4)
  }))
)
for (name in names(designs)) {
  d <- designs[[name]]; comps <- d$components; k <- length(comps)
  cat(sprintf('    // %s: %s\n', name, paste(sapply(d$cells, function(v) paste0("c(", paste(g(v), collapse = ", "), ")")), collapse = ", ")))
  rows <- do.call(rbind, lapply(seq_along(d$cells), function(i) {
    bits <- as.integer(intToBits(i - 1))[1:k]
    data.frame(y = d$cells[[i]], cell = factor(i - 1, levels = 0:(2^k - 1)), t(2 * bits - 1))
  }))
  names(rows)[3:(2 + k)] <- comps
  fit <- lm(as.formula(paste("y ~", paste(comps, collapse = "*"))), data = rows)
  co <- summary(fit)$coefficients
  means <- sapply(d$cells, mean); vars <- sapply(d$cells, var); ns <- sapply(d$cells, length)
  pooled <- sum((ns - 1) * vars) / sum(ns - 1)
  cat(sprintf('        // pooled variance %s on %s df\n', g(pooled), g(fit$df.residual)))
  for (term in rownames(co)[-1]) {
    parts <- strsplit(term, ":")[[1]]
    cs <- sapply(0:(2^k - 1), function(m) { bits <- as.integer(intToBits(m))[1:k]; prod(2 * bits[match(parts, comps)] - 1) }) / 2^(k - 1)
    wv <- sum(cs^2 * vars / ns); wdf <- wv^2 / sum((cs^2 * vars / ns)^2 / (ns - 1)); wt <- sum(cs * means) / sqrt(wv)
    cat(sprintf('        new("%s", Effect, "%s", %s, %s, %s, %s, %s, %s, %s, %s, %s),\n', name, term,
                g(2 * co[term, 1]), g(2 * co[term, 2]), g(co[term, 3]), g(fit$df.residual), g(co[term, 4]),
                g(sqrt(wv)), g(wt), g(wdf), g(2 * pt(-abs(wt), wdf))))
  }
  cellfit <- lm(y ~ 0 + cell, data = rows); V <- vcov(cellfit); b <- coef(cellfit)
  for (m in 1:(2^k - 1)) {
    bits <- as.integer(intToBits(m))[1:k]; label <- paste(comps[bits == 1], collapse = "+")
    cvec <- rep(0, 2^k); cvec[m + 1] <- 1; cvec[1] <- -1
    est <- sum(cvec * b); se <- sqrt(drop(t(cvec) %*% V %*% cvec)); tt <- est / se
    w <- t.test(d$cells[[m + 1]], d$cells[[1]])
    cat(sprintf('        new("%s", Cell, "%s", %s, %s, %s, %s, %s, %s, %s, %s, %s),\n', name, label, g(est), g(se), g(tt), g(cellfit$df.residual),
                g(2 * pt(-abs(tt), cellfit$df.residual)), g(w$stderr), g(w$statistic), g(w$parameter), g(w$p.value)))
  }
}
