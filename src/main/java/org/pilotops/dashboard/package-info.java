/**
 * Dashboards (issue 11, SPEC §5, §9): the programme at a glance for a city, a province and the nation,
 * 2017 onwards, live — records per kind per year from the live aggregates ({@code RecordTallies}), the
 * indicators and the reporting and on-time rates from the annual summaries' boundary — as charts, tables
 * and a workbook, with a drill-down from the nation to a province, a city and the records behind a figure.
 * {@code GET /api/v1/overview} serves the per-city figures. Scope is the summaries' scope: whoever may see
 * a city's summaries may see its dashboard.
 */
package org.pilotops.dashboard;
