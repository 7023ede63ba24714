/**
 * What the integration tests share: one database and one portal per test run, started on first use and
 * stopped when the test JVM ends, and a small client for the REST API.
 */
package org.pilotops.testing;
