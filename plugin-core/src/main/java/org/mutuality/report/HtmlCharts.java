package org.mutuality.report;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mutuality.engine.Key;

/**
 * The inline SVG charts of the HTML report, drawn in Java: no script, no font and no image to fetch. Each chart
 * is an image for assistive technology ({@code role="img"}) named by its {@code <title>}, and none relies on
 * colour alone: bars carry their figures, lines differ by dash and marker, shades get darker as values get
 * worse, so the charts read in greyscale print too.
 */
final class HtmlCharts {
  /** Okabe and Ito's palette, safe for colour-blind readers; partners take its colours in turn. */
  static final List<String> PARTNER_COLOURS = List.of(
      "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

  private static final Map<Key, String> KEY_COLOURS = Map.of(
      Key.COORDINATION, "#0072B2", Key.ACCOUNTABILITY, "#D55E00", Key.IDENTITY, "#009E73",
      Key.CONFIDENCE, "#CC79A7");
  private static final Map<Key, String> KEY_DASHES = Map.of(
      Key.COORDINATION, "none", Key.ACCOUNTABILITY, "7 4", Key.IDENTITY, "2 3", Key.CONFIDENCE, "9 3 2 3");

  private int ids;

  /** A fresh id for a chart's title, unique in the document. */
  private String nextId() {
    return "chart-" + ++ids;
  }

  /** The colour band of a score: good from 80, fair from 60, poor below. */
  static String band(Integer score) {
    if (score == null) {
      return "none";
    }
    return score >= 80 ? "good" : score >= 60 ? "fair" : "poor";
  }

  private static String bandColour(Integer score) {
    return switch (band(score)) {
      case "good" -> "#1a7f37";
      case "fair" -> "#b35900";
      case "poor" -> "#b42318";
      default -> "#8c8c8c";
    };
  }

  /** Opens an {@code <svg>} that is one image named by {@code title}. */
  private String openSvg(Html html, int width, int height, String title, String cssClass) {
    String id = nextId();
    html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", cssClass, "viewBox", "0 0 " + width + " " + height,
        "width", String.valueOf(width), "height", String.valueOf(height), "role", "img", "aria-labelledby", id);
    html.element("title", title, "id", id);
    return id;
  }

  /**
   * A key's score and coverage as two horizontal bars on a 0 to 100 scale: the score thick, in its band's
   * colour, the coverage thin below it; a key without a score shows an empty, hatched track.
   */
  void scoreBars(Html html, String title, Integer score, double coverage) {
    int width = 300;
    openSvg(html, width + 2, 40, title, "chart score-chart");
    html.empty("rect", "x", "1", "y", "2", "width", String.valueOf(width), "height", "18", "rx", "3",
        "class", score == null ? "track hatched" : "track");
    if (score != null && score > 0) {
      html.empty("rect", "x", "1", "y", "2", "width", num(width * score / 100.0), "height", "18", "rx", "3",
          "fill", bandColour(score));
    }
    for (int tick : new int[] {60, 80}) {
      html.empty("line", "x1", num(1 + width * tick / 100.0), "x2", num(1 + width * tick / 100.0), "y1", "0",
          "y2", "22", "class", "tick");
    }
    html.empty("rect", "x", "1", "y", "28", "width", String.valueOf(width), "height", "8", "rx", "2",
        "class", "track");
    if (coverage > 0) {
      html.empty("rect", "x", "1", "y", "28", "width", num(width * Math.min(1, coverage)), "height", "8", "rx", "2",
          "class", "coverage");
    }
    html.close("svg");
  }

  /** A share from 0 to 1 as one bar with its percentage beside it; an empty, hatched track when unknown. */
  void meter(Html html, String title, Double share) {
    int width = 240;
    openSvg(html, width + 52, 22, title, "chart meter");
    html.empty("rect", "x", "1", "y", "3", "width", String.valueOf(width), "height", "16", "rx", "3",
        "class", share == null ? "track hatched" : "track");
    if (share != null && share > 0) {
      html.empty("rect", "x", "1", "y", "3", "width", num(width * Math.min(1, share)), "height", "16", "rx", "3",
          "fill", bandColour(Indices.percent(100 * share)));
    }
    html.element("text", share == null ? "n/a" : Indices.percent(100 * share) + "%", "x", String.valueOf(width + 8),
        "y", "16", "class", "label");
    html.close("svg");
  }

  /** The mutuality index as a half-circle gauge with the figure in its middle. */
  void gauge(Html html, String title, Integer index) {
    double cx = 100;
    double cy = 100;
    double r = 80;
    openSvg(html, 200, 124, title, "chart gauge");
    html.empty("path", "d", arc(cx, cy, r, 1), "class", index == null ? "gauge-track hatched-stroke" : "gauge-track");
    if (index != null && index > 0) {
      html.empty("path", "d", arc(cx, cy, r, index / 100.0), "class", "gauge-value", "stroke", bandColour(index));
    }
    html.element("text", index == null ? "n/a" : String.valueOf(index), "x", num(cx), "y", "96",
        "class", "gauge-figure", "text-anchor", "middle");
    html.element("text", "0", "x", num(cx - r), "y", "120", "class", "axis", "text-anchor", "middle");
    html.element("text", "100", "x", num(cx + r), "y", "120", "class", "axis", "text-anchor", "middle");
    html.close("svg");
  }

  /** The arc of a half circle from its left end, over the top, for {@code fraction} of its length. */
  private static String arc(double cx, double cy, double r, double fraction) {
    double angle = Math.PI * Math.max(0, Math.min(1, fraction));
    double x = cx - r * Math.cos(angle);
    double y = cy - r * Math.sin(angle);
    return "M " + num(cx - r) + " " + num(cy) + " A " + num(r) + " " + num(r) + " 0 0 1 " + num(x) + " " + num(y);
  }

  /**
   * The four key scores of each audit, oldest first, as lines on a 0 to 100 scale with a legend; a key without
   * a score in an audit breaks its line there.
   */
  void trend(Html html, String title, List<Comparison.TrendPoint> points) {
    int width = 640;
    int height = 230;
    double left = 40;
    double right = 150;
    double top = 14;
    double bottom = 40;
    double plotWidth = width - left - right;
    double plotHeight = height - top - bottom;
    openSvg(html, width, height, title, "chart trend");
    for (int value = 0; value <= 100; value += 25) {
      double y = top + plotHeight * (1 - value / 100.0);
      html.empty("line", "x1", num(left), "x2", num(left + plotWidth), "y1", num(y), "y2", num(y), "class", "grid");
      html.element("text", String.valueOf(value), "x", num(left - 6), "y", num(y + 4), "class", "axis",
          "text-anchor", "end");
    }
    int n = points.size();
    List<Double> xs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      xs.add(n == 1 ? left + plotWidth / 2 : left + i * plotWidth / (n - 1));
    }
    int step = Math.max(1, (int) Math.ceil(n / 6.0));
    for (int i = 0; i < n; i++) {
      if (i % step == 0 || i == n - 1) {
        html.element("text", points.get(i).asOf().atZone(ZoneOffset.UTC).toLocalDate().toString(),
            "x", num(xs.get(i)), "y", num(top + plotHeight + 18), "class", "axis", "text-anchor", "middle");
      }
    }
    int row = 0;
    for (Key key : Key.values()) {
      if (!key.isScored()) {
        continue;
      }
      String colour = KEY_COLOURS.get(key);
      StringBuilder path = new StringBuilder();
      boolean drawing = false;
      for (int i = 0; i < n; i++) {
        Integer score = points.get(i).scores().get(key);
        if (score == null) {
          drawing = false;
          continue;
        }
        double y = top + plotHeight * (1 - score / 100.0);
        path.append(drawing ? " L " : (path.isEmpty() ? "M " : " M ")).append(num(xs.get(i))).append(' ')
            .append(num(y));
        drawing = true;
      }
      if (!path.isEmpty()) {
        html.empty("path", "d", path.toString(), "class", "series", "stroke", colour,
            "stroke-dasharray", KEY_DASHES.get(key));
      }
      for (int i = 0; i < n; i++) {
        Integer score = points.get(i).scores().get(key);
        if (score != null) {
          marker(html, key, xs.get(i), top + plotHeight * (1 - score / 100.0), colour);
        }
      }
      double legendY = top + 12 + row * 24;
      double legendX = width - right + 18;
      html.empty("line", "x1", num(legendX), "x2", num(legendX + 30), "y1", num(legendY), "y2", num(legendY),
          "class", "series", "stroke", colour, "stroke-dasharray", KEY_DASHES.get(key));
      marker(html, key, legendX + 15, legendY, colour);
      html.element("text", key.label(), "x", num(legendX + 38), "y", num(legendY + 4), "class", "label");
      row++;
    }
    html.close("svg");
  }

  /** A point of a key's line: circle, square, triangle or diamond, so the keys differ without colour. */
  private static void marker(Html html, Key key, double x, double y, String colour) {
    switch (key) {
      case COORDINATION -> html.empty("circle", "cx", num(x), "cy", num(y), "r", "4", "fill", colour);
      case ACCOUNTABILITY -> html.empty("rect", "x", num(x - 4), "y", num(y - 4), "width", "8", "height", "8",
          "fill", colour);
      case IDENTITY -> html.empty("path", "d", "M " + num(x) + " " + num(y - 5) + " L " + num(x + 5) + " "
          + num(y + 4) + " L " + num(x - 5) + " " + num(y + 4) + " Z", "fill", colour);
      default -> html.empty("path", "d", "M " + num(x) + " " + num(y - 5) + " L " + num(x + 5) + " " + num(y)
          + " L " + num(x) + " " + num(y + 5) + " L " + num(x - 5) + " " + num(y) + " Z", "fill", colour);
    }
  }

  /**
   * Partner balance: one stacked bar per dimension, each partner's share in its colour with the percentage
   * written on it where it fits, and the balance at the end of the bar.
   *
   * @param labels each dimension's label, in the order of {@code dimensions}
   * @param colours each partner's colour, by partner id
   */
  void balance(Html html, String title, List<PartnerBalance.Dimension> dimensions, List<String> labels,
      Map<String, String> colours) {
    int width = 660;
    int rowHeight = 34;
    double barX = 190;
    double barWidth = 400;
    openSvg(html, width, dimensions.size() * rowHeight + 4, title, "chart balance");
    for (int i = 0; i < dimensions.size(); i++) {
      PartnerBalance.Dimension dimension = dimensions.get(i);
      double y = 4 + i * rowHeight;
      html.element("text", labels.get(i), "x", "0", "y", num(y + 17), "class", "label");
      boolean drawn = dimension.total() != null && dimension.total() > 0 && !dimension.shares().isEmpty();
      html.empty("rect", "x", num(barX), "y", num(y), "width", num(barWidth), "height", "24",
          "class", drawn ? "track" : "track hatched");
      if (drawn) {
        double x = barX;
        for (PartnerBalance.Share share : dimension.shares()) {
          double segment = barWidth * share.share();
          if (segment <= 0) {
            continue;
          }
          String colour = colours.getOrDefault(share.partner().id(), "#777777");
          html.open("g");
          html.element("title", share.partner().name() + ": " + Indices.percent(100 * share.share()) + "%");
          html.empty("rect", "x", num(x), "y", num(y), "width", num(segment), "height", "24", "fill", colour,
              "class", "segment");
          if (segment >= 36) {
            html.element("text", Indices.percent(100 * share.share()) + "%", "x", num(x + segment / 2),
                "y", num(y + 16.5), "text-anchor", "middle", "class", "on-bar", "fill", textOn(colour));
          }
          html.close("g");
          x += segment;
        }
      }
      html.element("text", dimension.index() == null ? "n/a" : String.valueOf(dimension.index()),
          "x", num(barX + barWidth + 14), "y", num(y + 17), "class", "figure");
    }
    html.close("svg");
  }

  /** Black or white, whichever reads better on a colour (by its relative luminance). */
  static String textOn(String colour) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    double luminance = 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff)
        + 0.0722 * linear(rgb & 0xff);
    // Contrast with black (L + 0.05) / 0.05 against contrast with white 1.05 / (L + 0.05).
    return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000000" : "#ffffff";
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** A coordinate with at most one decimal. */
  static String num(double value) {
    long rounded = Math.round(value * 10);
    return rounded % 10 == 0 ? String.valueOf(rounded / 10) : String.format(Locale.ROOT, "%.1f", rounded / 10.0);
  }
}
