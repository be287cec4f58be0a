# Data sets shared by the reference scripts; the same numbers are in ReferenceData.cs.
independent <- list(
  "unequal-n"           = list(b = c(0.912, 0.905, 0.921, 0.917, 0.909), c = c(0.925, 0.931, 0.919, 0.928, 0.935, 0.922, 0.930)),
  "unequal-variances"   = list(b = c(1.20, 1.30, 1.25, 1.28, 1.22, 1.27), c = c(0.80, 1.90, 1.10, 1.60, 0.95, 1.70)),
  "ties"                = list(b = c(3, 3, 4, 4, 5), c = c(4, 4, 5, 5, 6)),
  "n-2"                 = list(b = c(0.5, 0.7), c = c(0.9, 1.0)),
  "loss"                = list(b = c(0.312, 0.298, 0.305, 0.321, 0.309, 0.300, 0.315, 0.303), c = c(0.301, 0.296, 0.299, 0.310, 0.294, 0.305, 0.298, 0.300)),
  "one-arm-constant"    = list(b = c(2, 2, 2), c = c(2.1, 2.3, 1.9, 2.2))
)
paired <- list(
  "paired-accuracy"     = list(b = c(0.912, 0.905, 0.921, 0.917, 0.909), c = c(0.925, 0.911, 0.930, 0.915, 0.922)),
  "paired-n-2"          = list(b = c(1.0, 2.0), c = c(1.5, 2.9)),
  "paired-ties"         = list(b = c(3, 4, 4, 5, 6, 6), c = c(4, 4, 5, 5, 7, 8)),
  "paired-unequal-var"  = list(b = c(1.20, 1.30, 1.25, 1.28, 1.22, 1.27), c = c(0.80, 1.90, 1.10, 1.60, 0.95, 1.70)),
  "paired-loss"         = list(b = c(0.312, 0.298, 0.305, 0.321, 0.309, 0.300, 0.315, 0.303), c = c(0.301, 0.296, 0.299, 0.310, 0.294, 0.305, 0.298, 0.300))
)
g <- function(x) sprintf("%.15g", x)
