# Rscript padjust.R: p.adjust(p, "holm") and p.adjust(p, "BH") for MultipleComparisonsReferenceTests.cs.
g <- function(x) paste0("[", paste(sprintf("%.15g", x), collapse = ", "), "]")
sets <- list(c(0.01, 0.04, 0.03, 0.005), c(0.2, 0.2, 0.01, 0.5, 0.04), c(0.03), c(1, 0.9, 0.001, 0.0001, 0.02, 0.02),
             c(0.049, 0.051), c(0.6, 0.01, 0.012, 0.013, 0.6, 0.7, 0.0005))
for (p in sets) cat(sprintf("        new(%s, %s, %s),\n", g(p), g(p.adjust(p, "holm")), g(p.adjust(p, "BH"))))
