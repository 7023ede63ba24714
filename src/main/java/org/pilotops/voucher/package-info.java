/** Innovation and patent-service vouchers (创新券 / 专利服务券): issued by a city to SMEs, redeemed with agencies. */
package org.pilotops.voucher;
