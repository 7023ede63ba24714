package org.pilotops.cases.entity;

/**
 * The pilot content area (试点内容) a typical case belongs to: the six of notice 国知办发管字〔2017〕30号, in the
 * notice's order, which is also the order of the compilation's chapters. The names are the API's values
 * and the keys of the labels ({@code enum.CaseArea.*}).
 */
public enum CaseArea {
    /** （一）专利导航. */
    NAVIGATION,
    /** （二）知识产权运营. */
    OPERATION,
    /** （三）知识产权保护. */
    PROTECTION,
    /** （四）知识产权管理. */
    MANAGEMENT,
    /** （五）知识产权公共服务. */
    PUBLIC_SERVICE,
    /** （六）人才培养. */
    TALENT
}
