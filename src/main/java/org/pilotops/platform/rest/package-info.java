/**
 * REST plumbing under {@code /api/v1}: the application, reading JSON bodies safely, and the one mapping
 * of every failure to an RFC 9457 {@code application/problem+json} answer without stack traces.
 */
package org.pilotops.platform.rest;
