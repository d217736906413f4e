// Package e2e holds Endorse's browser end-to-end tests and the checker's
// benchmarks. It has no code of its own outside tests.
//
// The tests build the example site (content/, rules/, templates/, static/)
// with site.Build into a temporary directory, serve it from an
// httptest.Server on loopback with the production headers (the _headers file
// the build writes, including the strict Content-Security-Policy), and drive
// Debian's Chromium through chromedp as a person would: typing, clicking,
// reloading, exporting and importing files. Every page kind is also checked
// with axe-core for WCAG 2.2 AA.
//
// Requirements: Chromium (/usr/bin/chromium, or $CHROMIUM) and axe-core in
// .ci/node_modules (`npm ci --prefix .ci`; `make test` runs it when needed).
// Without Chromium the browser tests skip, except when the CI environment
// variable is set: then they fail.
package e2e
