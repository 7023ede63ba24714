/**
 * Annual summaries (年度工作总结和下一年度工作计划): each pilot city's yearly account of its work in the six
 * pilot content areas and its plan and targets for the next year, reviewed by its province (unless the
 * year has no province endorsement) and accepted by the national offices; the reporting years with their
 * due dates; and the indicators computed from the records the cities and agencies logged, live while a
 * summary is drafted and frozen when it is submitted. Reads the logging features' tables in SQL only, so
 * it depends on none of their classes.
 */
package org.pilotops.summary;
