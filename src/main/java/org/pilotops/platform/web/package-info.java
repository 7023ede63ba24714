/** Faces plumbing shared by every page: the language switch and messages in the user's language. */
package org.pilotops.platform.web;
