package io.volunteerrules.indicators;

import io.volunteerrules.indicators.CityIndicators.DistrictIndicators;
import io.volunteerrules.indicators.CityIndicators.FundingYear;
import io.volunteerrules.indicators.CityIndicators.LotteryYear;
import io.volunteerrules.indicators.CityIndicators.Registration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders {@link CityIndicators} as one self-contained HTML page: inline CSS and inline SVG charts,
 * no script and nothing fetched, so it opens the same offline, from an e-mail or on a projector.
 * Chinese first, English beneath.
 */
public final class HtmlReport {

    static final String GREEN = "#2e7d32";
    static final String AMBER = "#ef8f00";
    static final String RED = "#c62828";
    static final String BLUE = "#1f5fa8";
    static final String GREY = "#d9dee5";
    static final String INK = "#1d2733";
    static final String MUTED = "#5f6b7a";

    /** Share of the target below which a district is drawn red rather than amber. */
    static final BigDecimal NEAR_TARGET = new BigDecimal("0.90");

    private static final String[] SOURCE_COLOURS = {"#1f5fa8", "#e0862a", "#3a9d6e", "#8c6bb1", "#9aa5b1"};

    private HtmlReport() {
    }

    /** The page for {@code report}. */
    public static String render(CityIndicators report) {
        StringBuilder h = new StringBuilder(64_000);
        Registration city = report.registration();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(report.city())).append("志愿服务发展指标 · ").append(report.asOf())
                .append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");

        h.append("<header><div><h1>").append(esc(report.city())).append("志愿服务发展指标</h1>")
                .append("<p class=\"en\">Volunteer-service indicators of ").append(esc(report.city()))
                .append("</p></div><div class=\"asof\">数据截至 <b>").append(report.asOf())
                .append("</b><span class=\"en\">data as of</span></div></header>\n");

        cards(h, report);

        // ZZ-1.3: registration against the target
        h.append("<section><h2>注册志愿者占常住人口比例 <span class=\"en\">Registered volunteers per resident population</span>")
                .append("<span class=\"clause\">ZZ-1.3</span></h2>\n");
        h.append(progress(city, report.target()));
        h.append("<h3>各区县(市)注册率与目标 <span class=\"en\">by district, against the ")
                .append(pct(report.target().ratePercent())).append(" target</span></h3>\n");
        h.append(legend(new String[][] {{GREEN, "已达标 met"}, {AMBER, "达目标90%以上 within 10% of target"},
                {RED, "低于目标90% further behind"}}));
        h.append(registrationChart(report));
        h.append("</section>\n");

        h.append("<div class=\"grid3\">\n");
        h.append(smallChart("依法登记的组织", "Organisations registered according to law", "ZZ-1.3 · ZZ-3.1", report,
                d -> d.organisations() == null ? null : d.organisations().legallyRegisteredPercent(),
                d -> d.organisations() == null ? "" : "孵化中 " + d.organisations().inIncubation(),
                report.organisations() == null ? null : "全市 " + pct(report.organisations().legallyRegisteredPercent())
                        + " · " + num(report.organisations().legallyRegistered()) + " / "
                        + num(report.organisations().organisations()) + " 个 · 孵化中 "
                        + num(report.organisations().inIncubation()) + " 个"));
        h.append(smallChart("有党员志愿服务队的社区", "Communities with a party-member volunteer team", "ZZ-4.2", report,
                d -> d.partyMemberTeams() == null ? null : d.partyMemberTeams().coveragePercent(),
                d -> d.partyMemberTeams() == null || d.partyMemberTeams().teamsPerCommunity() == null ? ""
                        : plain(d.partyMemberTeams().teamsPerCommunity()) + " 支/社区",
                report.partyMemberTeams() == null ? null : "全市 " + pct(report.partyMemberTeams().coveragePercent())
                        + " · " + num(report.partyMemberTeams().teams()) + " 支队伍 · 党员志愿者 "
                        + num(report.partyMemberTeams().partyMemberVolunteers()) + " 人"));
        h.append(smallChart("有专业社工参与的活动", "Activities with professional social workers", "ZZ-4.3", report,
                d -> d.socialWorkers() == null ? null : d.socialWorkers().withSocialWorkersPercent(),
                d -> d.organisations() == null ? "" : "组织 " + pct(d.organisations().withSocialWorkersPercent()),
                report.socialWorkers() == null ? null : "全市活动 " + pct(report.socialWorkers().withSocialWorkersPercent())
                        + (report.organisations() == null ? "" : " · 有社工的组织 "
                        + pct(report.organisations().withSocialWorkersPercent()))));
        h.append("</div>\n");

        // ZZ-5.2: funding
        h.append("<section><h2>志愿服务经费 <span class=\"en\">Funding of volunteer service</span>")
                .append("<span class=\"clause\">ZZ-5.2</span></h2>\n<div class=\"grid2\">\n");
        h.append("<div><h3>按来源(万元) <span class=\"en\">by source, 10,000 yuan</span></h3>\n");
        h.append(fundingChart(report.funding()));
        h.append("</div>\n<div><h3>彩票公益金用于志愿服务的比例 <span class=\"en\">share of the welfare lottery fund used for volunteer service</span></h3>\n");
        h.append(lotteryChart(report.lotteryTrend().years()));
        h.append(lotteryVerdict(report.lotteryTrend()));
        h.append("</div>\n</div>\n</section>\n");

        h.append("<footer><h3>计算说明 <span class=\"en\">How the figures are computed</span></h3><ul>");
        h.append("<li>目标:").append(esc(report.target().source())).append("(").append(esc(String.join(", ", report.target().clauses())))
                .append(")。Target: ").append(pct(report.target().ratePercent())).append(" of the resident population by ")
                .append(report.target().deadline()).append(".</li>");
        for (String note : report.notes()) {
            h.append("<li>").append(esc(note)).append("</li>");
        }
        if (report.source() != null && !report.source().isBlank()) {
            h.append("<li>数据来源 Source: ").append(esc(report.source())).append("</li>");
        }
        h.append("</ul></footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    // -----------------------------------------------------------------------------------------
    // headline cards
    // -----------------------------------------------------------------------------------------

    private static void cards(StringBuilder h, CityIndicators r) {
        Registration city = r.registration();
        h.append("<div class=\"cards\">\n");
        card(h, "注册志愿者", "registered volunteers", num(city.registeredVolunteers()),
                "占常住人口 " + pct(city.ratePercent()) + " · 常住人口 " + wan(city.residentPopulation()) + " 万", INK);
        String deadline = r.target().deadlinePassed()
                ? "目标期限 " + r.target().deadline() + " 已过"
                : "目标期限 " + r.target().deadline() + ",还剩 " + r.target().daysToDeadline() + " 天";
        if (city.targetMet()) {
            card(h, "已达到" + pct(r.target().ratePercent()) + "目标", "target reached", "✓ 达标",
                    "超出目标 " + num(city.registeredVolunteers() - city.targetVolunteers()) + " 人 · " + deadline, GREEN);
        } else {
            card(h, "距" + pct(r.target().ratePercent()) + "目标尚差", "volunteers still missing",
                    num(city.stillMissing()) + " 人", "目标人数 " + num(city.targetVolunteers()) + " · " + deadline,
                    colour(city, r.target().ratePercent()));
        }
        long behind = r.districts().stream().filter(d -> !d.registration().targetMet()).count();
        card(h, "未达标区县(市)", "districts below target", behind + " / " + r.districts().size(),
                behind == 0 ? "全部达标" : "各未达标区县缺口之和 " + num(r.districts().stream()
                        .mapToLong(d -> d.registration().stillMissing()).sum()) + " 人", behind == 0 ? GREEN : AMBER);
        if (r.organisations() != null) {
            card(h, "依法登记的组织", "organisations legally registered", pct(r.organisations().legallyRegisteredPercent()),
                    num(r.organisations().legallyRegistered()) + " / " + num(r.organisations().organisations())
                            + " 个 · 孵化中 " + num(r.organisations().inIncubation()) + " 个", BLUE);
        }
        if (r.partyMemberTeams() != null) {
            card(h, "社区党员志愿服务队覆盖", "communities with a party-member team",
                    pct(r.partyMemberTeams().coveragePercent()), num(r.partyMemberTeams().teams()) + " 支队伍 · 每社区 "
                            + plain(r.partyMemberTeams().teamsPerCommunity()) + " 支", BLUE);
        }
        List<LotteryYear> years = r.lotteryTrend().years();
        if (!years.isEmpty()) {
            LotteryYear last = years.get(years.size() - 1);
            String change = last.changePoints() == null ? "" : " · 较上年 " + signed(last.changePoints()) + " 个百分点";
            card(h, last.year() + "年彩票公益金用于志愿服务", "lottery fund share, " + last.year(), pct(last.sharePercent()),
                    wan(last.volunteerServiceYuan()) + " 万元" + change,
                    Boolean.FALSE.equals(last.rose()) ? RED : BLUE);
        }
        h.append("</div>\n");
    }

    private static void card(StringBuilder h, String zh, String en, String value, String note, String colour) {
        h.append("<div class=\"card\" style=\"border-top-color:").append(colour).append("\"><div class=\"label\">")
                .append(esc(zh)).append("<span class=\"en\">").append(esc(en)).append("</span></div><div class=\"value\" style=\"color:")
                .append(colour).append("\">").append(esc(value)).append("</div><div class=\"note\">").append(esc(note))
                .append("</div></div>\n");
    }

    // -----------------------------------------------------------------------------------------
    // registration charts
    // -----------------------------------------------------------------------------------------

    private static String progress(Registration city, CityIndicators.Target target) {
        int w = 1100;
        int x0 = 20;
        int bw = w - 40;
        BigDecimal max = axisMax(city.ratePercent().max(target.ratePercent()));
        double rate = city.ratePercent().doubleValue() / max.doubleValue();
        double goal = target.ratePercent().doubleValue() / max.doubleValue();
        String colour = colour(city, target.ratePercent());
        StringBuilder s = new StringBuilder();
        s.append(svgOpen(w, 92, "全市注册率 " + pct(city.ratePercent()) + ",目标 " + pct(target.ratePercent())));
        s.append(rect(x0, 30, bw, 30, GREY, 4));
        s.append(rect(x0, 30, bw * rate, 30, colour, 4));
        double gx = x0 + bw * goal;
        s.append(line(gx, 18, gx, 72, INK, 2, "4 3"));
        s.append(text(gx, 13, "目标 " + pct(target.ratePercent()) + " · " + num(city.targetVolunteers()) + " 人", "middle", 13, INK, true));
        double vx = x0 + bw * rate;
        s.append(text(Math.max(vx - 8, x0 + 60), 50, pct(city.ratePercent()), "end", 16, "#fff", true));
        for (int t = 0; t <= max.intValue(); t += tick(max)) {
            double tx = x0 + bw * t / max.doubleValue();
            s.append(text(tx, 86, t + "%", "middle", 11, MUTED, false));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static String registrationChart(CityIndicators r) {
        List<DistrictIndicators> rows = new ArrayList<>(r.districts());
        rows.sort(Comparator.comparing((DistrictIndicators d) -> d.registration().ratePercent()).reversed());
        BigDecimal target = r.target().ratePercent();
        BigDecimal max = axisMax(rows.stream().map(d -> d.registration().ratePercent()).max(Comparator.naturalOrder())
                .orElse(target).max(target));
        int rowH = 30;
        int labelW = 190;
        int w = 1100;
        int barW = 620;
        int top = 26;
        int hgt = top + rows.size() * rowH + 26;
        StringBuilder s = new StringBuilder();
        s.append(svgOpen(w, hgt, "各区县(市)注册率"));
        double gx = labelW + barW * target.doubleValue() / max.doubleValue();
        for (int t = 0; t <= max.intValue(); t += tick(max)) {
            double tx = labelW + barW * t / max.doubleValue();
            s.append(line(tx, top - 4, tx, top + rows.size() * rowH, "#eef1f5", 1, null));
            s.append(text(tx, hgt - 8, t + "%", "middle", 11, MUTED, false));
        }
        s.append(text(labelW + barW + 20, top - 10, "尚差人数 still missing", "start", 12, MUTED, true));
        // the target line runs behind the bars: it shows between them and never hides a value
        s.append(line(gx, top - 6, gx, top + rows.size() * rowH + 2, INK, 2, "4 3"));
        s.append(text(gx, top - 10, "目标 " + pct(target), "middle", 12, INK, true));
        int i = 0;
        for (DistrictIndicators d : rows) {
            Registration g = d.registration();
            double y = top + i * rowH;
            String colour = colour(g, target);
            s.append(text(labelW - 10, y + 19, d.name(), "end", 14, INK, false));
            double bw = barW * g.ratePercent().doubleValue() / max.doubleValue();
            s.append(rect(labelW, y + 5, bw, rowH - 10, colour, 3));
            if (bw > 64) {
                s.append(text(labelW + bw - 6, y + 19, pct(g.ratePercent()), "end", 12, "#fff", true));
            } else {
                s.append(text(labelW + bw + 6, y + 19, pct(g.ratePercent()), "start", 12, INK, true));
            }
            String right = g.targetMet() ? "✓ 已达标" : num(g.stillMissing()) + " 人";
            s.append(text(labelW + barW + 20, y + 19, right, "start", 13, g.targetMet() ? GREEN : colour, !g.targetMet()));
            s.append(text(w - 10, y + 19, "常住 " + wan(g.residentPopulation()) + " 万", "end", 11, MUTED, false));
            i++;
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static String smallChart(String zh, String en, String clause, CityIndicators r,
            Function<DistrictIndicators, BigDecimal> value, Function<DistrictIndicators, String> aside, String summary) {
        List<DistrictIndicators> rows = r.districts().stream().filter(d -> value.apply(d) != null)
                .sorted(Comparator.comparing(value).reversed()).toList();
        StringBuilder s = new StringBuilder("<section class=\"small\"><h2>").append(esc(zh)).append(" <span class=\"en\">")
                .append(esc(en)).append("</span><span class=\"clause\">").append(esc(clause)).append("</span></h2>\n");
        if (summary != null) {
            s.append("<p class=\"summary\">").append(esc(summary)).append("</p>\n");
        }
        if (rows.isEmpty()) {
            return s.append("<p class=\"note\">没有区县报告这项数据 no district reports these counts</p></section>\n").toString();
        }
        int rowH = 22;
        int labelW = 112;
        int barW = 130;
        int w = 350;
        int hgt = rows.size() * rowH + 8;
        s.append(svgOpen(w, hgt, zh));
        int i = 0;
        for (DistrictIndicators d : rows) {
            double y = 4 + i * rowH;
            BigDecimal v = value.apply(d);
            s.append(text(labelW - 8, y + 15, d.name(), "end", 12, INK, false));
            s.append(rect(labelW, y + 4, barW, rowH - 8, "#edf1f6", 2));
            s.append(rect(labelW, y + 4, barW * v.doubleValue() / 100, rowH - 8, BLUE, 2));
            s.append(text(labelW + barW + 6, y + 15, pct(v), "start", 12, INK, true));
            s.append(text(w - 2, y + 15, aside.apply(d), "end", 10, MUTED, false));
            i++;
        }
        s.append("</svg>\n</section>\n");
        return s.toString();
    }

    // -----------------------------------------------------------------------------------------
    // funding charts
    // -----------------------------------------------------------------------------------------

    private static String fundingChart(List<FundingYear> years) {
        if (years.isEmpty()) {
            return "<p class=\"note\">数据集中没有经费数据 the dataset reports no funding</p>\n";
        }
        int w = 540;
        int hgt = 300;
        int left = 56;
        int bottom = 250;
        int top = 20;
        double maxTotal = years.stream().mapToDouble(y -> y.totalYuan().doubleValue() / 10_000).max().orElse(1);
        double max = niceCeil(maxTotal);
        StringBuilder s = new StringBuilder(svgOpen(w, hgt, "按来源的志愿服务经费"));
        for (int k = 0; k <= 4; k++) {
            double v = max * k / 4;
            double y = bottom - (bottom - top) * k / 4.0;
            s.append(line(left, y, w - 10, y, "#eef1f5", 1, null));
            s.append(text(left - 6, y + 4, num(Math.round(v)), "end", 11, MUTED, false));
        }
        double slot = (w - left - 10.0) / years.size();
        double bw = Math.min(56, slot * 0.6);
        int i = 0;
        for (FundingYear y : years) {
            double x = left + slot * i + (slot - bw) / 2;
            double base = bottom;
            int c = 0;
            for (FundingSource src : FundingSource.values()) {
                BigDecimal amount = y.bySource().get(src);
                if (amount != null) {
                    double hh = (bottom - top) * (amount.doubleValue() / 10_000) / max;
                    s.append(rect(x, base - hh, bw, hh, SOURCE_COLOURS[c], 0));
                    base -= hh;
                }
                c++;
            }
            s.append(text(x + bw / 2, base - 6, wan(y.totalYuan()), "middle", 11, INK, true));
            s.append(text(x + bw / 2, bottom + 18, String.valueOf(y.year()), "middle", 12, INK, false));
            i++;
        }
        s.append(line(left, bottom, w - 10, bottom, MUTED, 1, null));
        double lx = left;
        int c = 0;
        for (FundingSource src : FundingSource.values()) {
            s.append(rect(lx, hgt - 20, 11, 11, SOURCE_COLOURS[c], 2));
            s.append(text(lx + 15, hgt - 10, src.zh(), "start", 11, INK, false));
            lx += 18 + src.zh().length() * 11.5 + 10;
            c++;
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static String lotteryChart(List<LotteryYear> years) {
        if (years.isEmpty()) {
            return "<p class=\"note\">数据集中没有彩票公益金数据 the dataset reports no lottery fund</p>\n";
        }
        int w = 540;
        int hgt = 300;
        int left = 50;
        int bottom = 250;
        int top = 30;
        double maxShare = years.stream().mapToDouble(y -> y.sharePercent().doubleValue()).max().orElse(1);
        double max = Math.max(0.5, Math.ceil(maxShare * 1.2 / 0.5) * 0.5);
        int steps = (int) Math.round(max / 0.5);
        StringBuilder s = new StringBuilder(svgOpen(w, hgt, "彩票公益金用于志愿服务的比例"));
        for (int k = 0; k <= steps; k++) {
            double v = 0.5 * k;
            double y = bottom - (bottom - top) * k / (double) steps;
            s.append(line(left, y, w - 10, y, "#eef1f5", 1, null));
            s.append(text(left - 6, y + 4, BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP) + "%", "end", 11, MUTED, false));
        }
        double slot = (w - left - 10.0) / years.size();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            LotteryYear y = years.get(i);
            double x = left + slot * i + slot / 2;
            double py = bottom - (bottom - top) * y.sharePercent().doubleValue() / max;
            points.add(new double[] {x, py});
            s.append(text(x, bottom + 18, String.valueOf(y.year()), "middle", 12, INK, false));
        }
        for (int i = 1; i < points.size(); i++) {
            LotteryYear y = years.get(i);
            String colour = Boolean.FALSE.equals(y.rose()) ? RED : y.rose() == null ? GREY : BLUE;
            s.append(line(points.get(i - 1)[0], points.get(i - 1)[1], points.get(i)[0], points.get(i)[1], colour, 3,
                    y.rose() == null ? "5 4" : null));
        }
        for (int i = 0; i < points.size(); i++) {
            LotteryYear y = years.get(i);
            boolean fell = Boolean.FALSE.equals(y.rose());
            String colour = fell ? RED : BLUE;
            double[] p = points.get(i);
            s.append("<circle cx=\"").append(f(p[0])).append("\" cy=\"").append(f(p[1])).append("\" r=\"6\" fill=\"")
                    .append(colour).append("\" stroke=\"#fff\" stroke-width=\"2\"/>");
            s.append(text(p[0], p[1] - 12, pct(y.sharePercent()), "middle", 12, colour, true));
            if (y.changePoints() != null) {
                s.append(text(p[0], p[1] + 22, signed(y.changePoints()), "middle", 10, fell ? RED : MUTED, fell));
            }
        }
        s.append(line(left, bottom, w - 10, bottom, MUTED, 1, null));
        s.append(text(left, hgt - 10, "标签下方为较上年变化(百分点) change from the year before, percentage points", "start", 11, MUTED, false));
        s.append("</svg>\n");
        return s.toString();
    }

    private static String lotteryVerdict(CityIndicators.LotteryTrend trend) {
        if (trend.years().size() < 2) {
            return "";
        }
        if (trend.risingEveryYear()) {
            return "<p class=\"verdict ok\">✓ 使用比例逐年提高,符合“逐步提高”的要求 · the share rose every year</p>\n";
        }
        return "<p class=\"verdict bad\">✗ " + esc(trend.yearsNotRising().stream().map(String::valueOf).toList()
                .toString().replaceAll("[\\[\\]]", "").replace(", ", "、")) + "年使用比例未提高,与“逐步提高”的要求不符 · the share did not rise in "
                + esc(trend.yearsNotRising().toString().replaceAll("[\\[\\]]", "")) + "</p>\n";
    }

    // -----------------------------------------------------------------------------------------
    // SVG and number helpers
    // -----------------------------------------------------------------------------------------

    private static String colour(Registration g, BigDecimal targetPercent) {
        if (g.targetMet()) {
            return GREEN;
        }
        return g.ratePercent().compareTo(targetPercent.multiply(NEAR_TARGET)) >= 0 ? AMBER : RED;
    }

    private static String legend(String[][] items) {
        StringBuilder s = new StringBuilder("<p class=\"legend\">");
        for (String[] item : items) {
            s.append("<span><i style=\"background:").append(item[0]).append("\"></i>").append(esc(item[1])).append("</span>");
        }
        return s.append("</p>\n").toString();
    }

    private static BigDecimal axisMax(BigDecimal value) {
        int v = value.setScale(0, RoundingMode.CEILING).intValue();
        int step = v > 20 ? 5 : 2;
        int max = ((v + step) / step) * step;
        return BigDecimal.valueOf(Math.max(max, step));
    }

    private static int tick(BigDecimal max) {
        return max.intValue() > 20 ? 5 : max.intValue() > 10 ? 2 : 1;
    }

    private static double niceCeil(double v) {
        if (v <= 0) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * mag >= v * 1.08) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    private static String svgOpen(int w, int h, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h + "\" width=\"100%\" role=\"img\">"
                + "<title>" + esc(title) + "</title>";
    }

    private static String rect(double x, double y, double w, double h, String fill, int radius) {
        return "<rect x=\"" + f(x) + "\" y=\"" + f(y) + "\" width=\"" + f(Math.max(0, w)) + "\" height=\"" + f(Math.max(0, h))
                + "\" rx=\"" + radius + "\" fill=\"" + fill + "\"/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, int width, String dash) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\" stroke=\"" + stroke
                + "\" stroke-width=\"" + width + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String t, String anchor, int size, String fill, boolean bold) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size + "\" fill=\""
                + fill + "\"" + (bold ? " font-weight=\"600\"" : "") + ">" + esc(t) + "</text>";
    }

    private static String f(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String num(long v) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /** Yuan or persons in units of 10,000 (万), one decimal below 100 and none above. */
    static String wan(long v) {
        return wan(BigDecimal.valueOf(v));
    }

    static String wan(BigDecimal v) {
        BigDecimal w = v.divide(BigDecimal.valueOf(10_000));
        int scale = w.compareTo(BigDecimal.valueOf(100)) >= 0 ? 0 : 1;
        return new DecimalFormat(scale == 0 ? "#,##0" : "#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(w.setScale(scale, RoundingMode.HALF_UP));
    }

    /** A percentage as computed (two decimals: 89.00%), or the target's own form (15%). */
    static String pct(BigDecimal v) {
        return v == null ? "—" : v.toPlainString() + "%";
    }

    static String plain(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().scale() <= 0 ? v.setScale(0).toPlainString()
                : v.toPlainString();
    }

    private static String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + plain(v);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;background:#f3f5f8;color:#1d2733;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC",
              "Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif;font-size:14px;line-height:1.45}
            main{max-width:1160px;margin:0 auto;padding:24px 20px 40px}
            header{display:flex;justify-content:space-between;align-items:flex-end;background:#123b6d;color:#fff;
              padding:20px 24px;border-radius:10px;margin-bottom:16px}
            header h1{margin:0;font-size:26px;letter-spacing:1px}
            header .en{color:#c8d6e8}
            .asof{text-align:right;font-size:15px}.asof b{font-size:20px}.asof .en{display:block}
            .en{font-size:12px;color:#5f6b7a;font-weight:400;margin-left:6px}
            .cards{display:grid;grid-template-columns:repeat(3,1fr);gap:12px;margin-bottom:16px}
            .card{background:#fff;border-radius:8px;padding:12px 16px;border-top:5px solid #123b6d;box-shadow:0 1px 2px #0001}
            .card .label{font-size:14px;font-weight:600}.card .label .en{display:block;margin:0}
            .card .value{font-size:30px;font-weight:700;margin:2px 0}
            .card .note{font-size:12px;color:#5f6b7a}
            section{background:#fff;border-radius:8px;padding:14px 18px 10px;margin-bottom:16px;box-shadow:0 1px 2px #0001}
            h2{font-size:18px;margin:0 0 8px;display:flex;align-items:baseline;flex-wrap:wrap;gap:2px}
            h3{font-size:14px;margin:10px 0 4px}
            .clause{margin-left:auto;font-size:11px;font-weight:600;color:#123b6d;background:#e6eef8;border-radius:10px;padding:1px 8px}
            .grid3{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}
            .grid3 section{margin-bottom:16px}
            .grid3 h2{font-size:15px}.grid3 h2 .en{display:block;width:100%;margin:0;order:3}
            .grid2{display:grid;grid-template-columns:1fr 1fr;gap:16px}
            .summary{margin:0 0 6px;font-size:12px;color:#1d2733;font-weight:600}
            .legend{margin:2px 0 0;font-size:12px;color:#5f6b7a}.legend span{margin-right:16px}
            .legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:5px;vertical-align:-1px}
            .verdict{font-weight:600;margin:4px 0 8px}.verdict.ok{color:#2e7d32}.verdict.bad{color:#c62828}
            footer{font-size:12px;color:#5f6b7a;padding:0 6px}footer ul{padding-left:18px;margin:4px 0}
            @media (max-width:900px){.cards,.grid3,.grid2{grid-template-columns:1fr}header{display:block}.asof{text-align:left}}
            @media print{body{background:#fff}section,.card{box-shadow:none;border:1px solid #d9dee5}section{break-inside:avoid}}
            """;
}
