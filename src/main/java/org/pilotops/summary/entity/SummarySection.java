package org.pilotops.summary.entity;

/**
 * The six pilot content areas (试点内容) of notice 国知办发管字〔2017〕30号, one narrative each in an annual
 * summary. The names are the keys of the summary's {@code sections} in the API.
 */
public enum SummarySection {
    /** （一）专利导航: patent navigation of industries and enterprises. */
    NAVIGATION,
    /** （二）知识产权运营: licensing, transfer and pledge financing of SMEs' IP. */
    OPERATION,
    /** （三）知识产权保护: rapid rights protection, protection centres, mediation. */
    PROTECTION,
    /** （四）知识产权管理: trusteeship and IP management standards in SMEs. */
    MANAGEMENT,
    /** （五）知识产权公共服务: public service platforms and IP commissioners. */
    PUBLIC_SERVICE,
    /** （六）人才培养: training of managers, R&D staff and practitioners. */
    TALENT
}
