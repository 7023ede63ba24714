package org.pilotops.voucher.entity;

/** The two voucher schemes the notice names. */
public enum VoucherScheme {
    /** 创新券. */
    INNOVATION,
    /** 专利服务券. */
    PATENT_SERVICE
}
