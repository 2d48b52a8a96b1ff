package cn.hazardledger.notifyservice.bulletin.render;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG: printable, readable without scripts, fonts or any request outside the
 * document. Each bar is a labelled {@code <rect>} whose width is its value's share of the chart's scale.
 */
public final class SvgBars {

    /** One bar: its label, its value (null: no value, an empty bar) and the text written after it. */
    public record Bar(String label, Double value, String shown) {
    }

    static final int LABEL_WIDTH = 220;
    static final int BAR_WIDTH = 360;
    static final int ROW = 26;

    private SvgBars() {
    }

    /**
     * @param scale the value of a full bar (100 for a rate); bars beyond it are drawn full
     */
    public static String chart(String caption, List<Bar> bars, double scale) {
        int height = Math.max(1, bars.size()) * ROW + 10;
        int width = LABEL_WIDTH + BAR_WIDTH + 80;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\"><title>").append(Html.escape(caption)).append("</title>");
        if (bars.isEmpty()) {
            svg.append("<text x=\"0\" y=\"18\" font-size=\"13\">无数据</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 5;
            double share = bar.value() == null || scale <= 0 ? 0 : Math.min(1, Math.max(0, bar.value() / scale));
            String w = String.format(Locale.ROOT, "%.1f", share * BAR_WIDTH);
            svg.append("<g class=\"bar\"><text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" font-size=\"13\">").append(Html.escape(bar.label())).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(BAR_WIDTH).append("\" height=\"18\" fill=\"#eeeeee\"/>")
                    .append("<rect class=\"value\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                    .append("\" width=\"").append(w).append("\" height=\"18\" fill=\"#b22222\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + BAR_WIDTH + 6).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"13\">").append(Html.escape(bar.shown())).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }
}
