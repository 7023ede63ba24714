/**
 * The measuring harness of {@code ops/bench} (issue 11 §4): a generator that fills a running portal with
 * records through its own import API, and one run that measures lists, imports, exports and the raw
 * aggregate queries against what the database and its client do with the same rows, plus a mixed load.
 * Test scope only: it ships in no WAR. Timings are printed, never asserted.
 */
package org.pilotops.bench;
