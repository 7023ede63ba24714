package org.pilotops.voucher.entity;

/** What a voucher paid for. */
public enum VoucherPurpose {
    /** 贯标: implementing the enterprise IP management standard GB/T 29490. */
    STANDARD_IMPLEMENTATION,
    PATENT_NAVIGATION,
    IP_OPERATION,
    FILING,
    OTHER
}
