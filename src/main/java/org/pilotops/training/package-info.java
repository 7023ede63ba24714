/** IP training (知识产权培训), pilot content 6 (talent): sessions for SME managers, R&D staff and practitioners. */
package org.pilotops.training;
