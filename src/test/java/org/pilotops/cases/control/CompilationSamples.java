package org.pilotops.cases.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pilotops.cases.entity.CaseArea;

/** Compilations to write in the tests: a few cases over three areas and four cities, none, or many. */
final class CompilationSamples {

    static final Instant COMPILED = Instant.parse("2020-12-20T02:00:00Z");

    static final CompiledCase ZJG_NAVIGATION = new CompiledCase(CaseArea.NAVIGATION, "江苏省", "张家港市",
            "冶金产业专利导航引领转型升级", "张家港市冶金产业规模大、专利布局弱。\n二〇一八年起开展产业专利导航。",
            "组建导航团队，绘制产业专利地图。", "形成导航报告三份，新增发明专利授权 120 件。",
            List.of("专利导航项目 · 2019 · 张家港市冶金产业专利导航 · 预算 50 万元"));
    static final CompiledCase SZ_NAVIGATION = new CompiledCase(CaseArea.NAVIGATION, "江苏省", "苏州市",
            "纳米产业专利导航服务园区招商", "苏州工业园区纳米产业集聚。", "以导航结果指导招商引资。", "引进高价值项目 8 个。",
            List.of("专利导航项目 · 2019 · 苏州纳米产业专利导航 · 预算 80 万元"));
    static final CompiledCase ZJG_NAVIGATION_2 = new CompiledCase(CaseArea.NAVIGATION, "江苏省", "张家港市",
            "企业专利导航微服务", "中小企业缺少导航能力。", "为 30 家企业提供微导航。", "企业研发方向更加清晰。", List.of());
    static final CompiledCase NJ_PROTECTION = new CompiledCase(CaseArea.PROTECTION, "江苏省", "南京市",
            "知识产权快速维权中心护航中小企业", "侵权纠纷处理周期长。", "设立快速维权中心，一站式受理。", "纠纷平均处理时间缩短至 15 天。",
            List.of("维权援助 · 2019 · 快速维权中心受理纠纷 · 案件 56 件", "知识产权保护 · 2020 · 展会执法 · 案件 12 件"));
    static final CompiledCase NB_TALENT = new CompiledCase(CaseArea.TALENT, "浙江省", "宁波市",
            "校企联合培养知识产权实务人才", "企业知识产权人才短缺。", "与高校共建实训基地。", null,
            List.of("人才培训 · 2020 · 企业知识产权总监培训班 · 学员 150 人"));

    /** In the order a caller might give them: 张家港市's two navigation cases apart. */
    static CompilationContent sample() {
        return new CompilationContent(2020, LocalDate.of(2020, 12, 31), COMPILED,
                List.of(ZJG_NAVIGATION, NJ_PROTECTION, SZ_NAVIGATION, NB_TALENT, ZJG_NAVIGATION_2));
    }

    static CompilationContent empty() {
        return new CompilationContent(2020, null, COMPILED, List.of());
    }

    static CompilationContent many(int count) {
        CaseArea[] areas = CaseArea.values();
        List<CompiledCase> cases = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String city = "试点城市" + (i % 12 + 1) + "市";
            cases.add(new CompiledCase(areas[i % areas.length], "某某省", city, "第 " + i + " 号典型案例：专利运营促进产业发展",
                    ("案例背景说明第一段，介绍城市产业基础和知识产权工作现状。".repeat(4) + "\n").repeat(3),
                    ("主要做法：建立工作机制，开展专项服务，推动政策落地。".repeat(5) + "\n").repeat(3),
                    ("取得成效：专利申请量增长，质押融资额提高，企业创新能力增强。".repeat(4) + "\n").repeat(2),
                    List.of("专利导航项目 · 2019 · 导航项目 " + i + " · 预算 50 万元", "专利质押融资 · 2020 · 融资 " + i + " · 1,000 万元")));
        }
        return new CompilationContent(2020, LocalDate.of(2020, 12, 31), COMPILED, cases);
    }

    private CompilationSamples() {
    }
}
