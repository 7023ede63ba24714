/**
 * Free patent filings (免费代理专利申请): each attorney in a pilot city files one application a year for an
 * SME free of charge; attorney coverage is computed from them.
 */
package org.pilotops.filing;
