/**
 * PilotOps: the operations platform of the SME Intellectual-Property Strategy Promotion Project pilot
 * cities (notice 国知办发管字〔2017〕30号). One package per programme feature, each split into
 * {@code entity}, {@code control}, {@code boundary} and {@code web}; {@code platform} holds what every
 * feature shares. {@code ArchitectureTest} keeps the dependency rules true.
 */
package org.pilotops;
