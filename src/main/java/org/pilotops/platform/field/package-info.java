/**
 * The field types a record, a form and a file cell are read with (text, enumeration, date, money, count,
 * yes/no, reference), the programme's identifiers (unified social credit codes, patent application
 * numbers) and its dates, so that the API, the portal and an import accept exactly the same values.
 */
package org.pilotops.platform.field;
