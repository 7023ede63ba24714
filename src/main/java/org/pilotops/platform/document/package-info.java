/**
 * What the documents the platform writes share: the Chinese font every PDF embeds, and the fonts and
 * styles of its headings and tables. Annual summaries and the typical-case compilation use it.
 */
package org.pilotops.platform.document;
