/**
 * Patent navigation projects (专利导航项目), pilot content 1: industry-planning and enterprise-operation
 * navigation whose results are pushed to SMEs.
 */
package org.pilotops.navigation;
