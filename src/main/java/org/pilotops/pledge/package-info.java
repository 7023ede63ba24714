/** IP pledge financing (知识产权质押融资), pilot content 2: loans and guarantees secured by SMEs' patents. */
package org.pilotops.pledge;
