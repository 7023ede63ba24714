/** IP trusteeship (知识产权托管), pilot content 4: agencies manage SMEs' patents under contract. */
package org.pilotops.trusteeship;
