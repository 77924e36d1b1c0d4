// Seloste's own scripts. No inline scripts anywhere: the CSP forbids them.
