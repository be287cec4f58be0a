# Rscript ttest.R: t, df, p and conf.int of t.test(change, baseline, ...) for TTestReferenceTests.cs.
source("datasets.R")
alternatives <- c("greater", "less", "two.sided")
emit <- function(name, kind, r) {
  for (alt in alternatives) {
    x <- r(alt)
    cat(sprintf('        new("%s", TestKind.%s, "%s", %s, %s, %s, %s, %s),\n', name, kind, alt,
                g(x$statistic), g(x$parameter), g(x$p.value), g(x$conf.int[1]), g(x$conf.int[2])))
  }
}
for (name in names(independent)) {
  d <- independent[[name]]
  emit(name, "Welch",   function(alt) t.test(d$c, d$b, alternative = alt, var.equal = FALSE, conf.level = 0.95))
  emit(name, "Student", function(alt) t.test(d$c, d$b, alternative = alt, var.equal = TRUE,  conf.level = 0.95))
}
for (name in names(paired)) {
  d <- paired[[name]]
  emit(name, "Paired",  function(alt) t.test(d$c, d$b, alternative = alt, paired = TRUE, conf.level = 0.95))
}
