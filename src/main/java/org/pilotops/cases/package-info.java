/**
 * Typical success cases (典型成功案例) and their 2020 compilation (SPEC §8): each pilot city writes up the
 * cases that show its pilot work best, backed by the records it logged, and submits them; national
 * reviewers select the best or return a case with a comment; the selected cases of a year are compiled
 * into one document (PDF and DOCX), grouped by pilot content area and city. Reads other features only
 * through their boundaries (the records through the record mechanism, the cities through the directory).
 */
package org.pilotops.cases;
