package org.mutuality.report;

/**
 * The style sheet of the HTML report, inlined in its {@code <style>}: system fonts only (nothing to fetch), colours
 * with enough contrast that also differ in lightness for greyscale print, and print rules that start each section
 * on a new page and never cut a chart, a finding or a table row. It holds neither {@code <} nor {@code &}, so the
 * page stays well-formed XML.
 */
final class HtmlStyle {
  static final String CSS = """

      :root {
        --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; --tint: #f6f8fa;
        --accent: #0b5394; --good: #1a7f37; --fair: #b35900; --poor: #b42318;
        --critical-bg: #7a1010; --critical-fg: #ffffff; --major-bg: #c2410c; --major-fg: #ffffff;
        --minor-bg: #fde68a; --minor-fg: #5c3a00; --info-bg: #e3e9f7; --info-fg: #1e3a7a;
        color-scheme: light;
      }
      * { box-sizing: border-box; }
      html { -webkit-text-size-adjust: 100%; }
      body {
        margin: 0; background: var(--paper); color: var(--ink);
        font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial,
          sans-serif;
        -webkit-print-color-adjust: exact; print-color-adjust: exact;
      }
      code, .hash { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
        font-size: 0.9em; }
      .hash { word-break: break-all; }
      th code { white-space: nowrap; }
      a { color: var(--accent); }
      h1, h2, h3, h4 { line-height: 1.25; margin: 1.2em 0 0.5em; }
      h1 { font-size: 2rem; margin: 0.1em 0 0.2em; }
      h2 { font-size: 1.5rem; border-bottom: 2px solid var(--ink); padding-bottom: 0.2em; }
      h3 { font-size: 1.15rem; }
      h4 { font-size: 1rem; color: var(--muted); }
      .page-header, main, .contents, .page-footer { max-width: 1040px; margin: 0 auto; padding: 0 24px; }
      .page-header { padding-top: 28px; }
      .eyebrow { margin: 0; color: var(--muted); font-weight: 600; letter-spacing: 0.04em; }
      .lede { margin: 0 0 1em; color: var(--muted); }
      dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0;
        padding: 12px 16px; background: var(--tint); border: 1px solid var(--line); border-radius: 6px; }
      dl.provenance dt { font-weight: 600; }
      dl.provenance dd { margin: 0; overflow-wrap: anywhere; }
      .contents ol { display: flex; flex-wrap: wrap; gap: 4px 18px; list-style: none; padding: 12px 0;
        margin: 12px 0 0; border-bottom: 1px solid var(--line); }
      section { margin-bottom: 32px; }
      .explain, .note, .related, figcaption { color: var(--muted); }
      .note { margin: 2px 0 0; font-size: 0.92em; }
      .related { font-size: 0.92em; }

      .scores-grid { display: grid; grid-template-columns: 240px 1fr; gap: 24px; align-items: start; }
      .index-card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 16px 16px; text-align: center; }
      .index-card h3 { margin-top: 0.4em; }
      .keys { display: grid; gap: 14px; }
      .key-score { border-left: 6px solid var(--line); padding: 2px 0 2px 12px; }
      .key-score.band-good { border-left-color: var(--good); }
      .key-score.band-fair { border-left-color: var(--fair); border-left-style: double; }
      .key-score.band-poor { border-left-color: var(--poor); border-left-style: dashed; }
      .keyline { margin: 0; font-size: 1.05rem; }
      .keyline .key-name { font-weight: 700; }
      .keyline .figure { font-size: 1.35rem; }

      svg.chart { display: block; max-width: 100%; height: auto; overflow: visible; }
      svg.chart text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
        fill: var(--ink); }
      svg.chart .axis { fill: var(--muted); font-size: 11px; }
      svg.chart .figure { font-weight: 700; font-size: 14px; }
      svg.chart .on-bar { font-weight: 600; }
      svg .track { fill: #eaeef2; stroke: #afb8c1; stroke-width: 0.5; }
      svg .hatched { fill: #f3f4f6; stroke-dasharray: 3 2; }
      svg .coverage { fill: #4b5563; }
      svg .tick { stroke: #6e7781; stroke-width: 1; stroke-dasharray: 2 2; }
      svg .grid { stroke: #d8dee4; stroke-width: 1; }
      svg .series { fill: none; stroke-width: 2.5; }
      svg .segment { stroke: #ffffff; stroke-width: 1; }
      svg .gauge-track { fill: none; stroke: #eaeef2; stroke-width: 18; }
      svg .hatched-stroke { stroke-dasharray: 4 3; }
      svg .gauge-value { fill: none; stroke-width: 18; }
      svg.chart .gauge-figure { font-size: 40px; font-weight: 700; }
      .chart-figure { margin: 12px 0; }
      .score-chart { margin: 4px 0; }
      .gauge { margin: 0 auto; }

      .legend { display: flex; flex-wrap: wrap; gap: 4px 18px; list-style: none; padding: 0; margin: 8px 0;
        font-size: 0.92em; color: var(--ink); }
      .swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid #57606a; vertical-align: -2px; }
      .swatch.empty, td.empty { background: repeating-linear-gradient(135deg, #ffffff 0 4px, #e5e7eb 4px 8px); }
      .figures { padding-left: 1.2em; }
      .factors { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
      .factor h3 { margin-top: 0.4em; }

      .table-scroll { overflow-x: auto; }
      table { border-collapse: collapse; margin: 12px 0; width: 100%; }
      caption { text-align: left; font-weight: 600; padding-bottom: 6px; }
      th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
      thead th { background: var(--tint); }
      table.compact { font-size: 0.9em; width: auto; }
      table.compact th, table.compact td { padding: 3px 8px; }
      .num { text-align: right; font-variant-numeric: tabular-nums; }
      .multiline { white-space: pre-line; }
      .nowrap { white-space: nowrap; }
      table.heatmap { width: auto; }
      table.heatmap td { text-align: center; min-width: 96px; vertical-align: middle; }
      table.heatmap td.over .cell-figure { font-weight: 700; }
      table.heatmap td.self { background: #f6f8fa; color: var(--muted); }
      .cell-figure { display: block; font-size: 1.05em; font-variant-numeric: tabular-nums; }
      .small { display: block; font-size: 0.8em; }
      .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
        white-space: nowrap; }

      .badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 0.8em; font-weight: 700;
        line-height: 1.6; border: 1px solid transparent; vertical-align: 1px; }
      .sev-critical.badge { background: var(--critical-bg); color: var(--critical-fg); }
      .sev-major.badge { background: var(--major-bg); color: var(--major-fg); }
      .sev-minor.badge { background: var(--minor-bg); color: var(--minor-fg); border-color: #b7791f; }
      .sev-info.badge { background: var(--info-bg); color: var(--info-fg); border-color: #8da2d0; }
      .change { background: #ffffff; color: var(--ink); border-color: var(--ink); }
      .change-new { background: #1b1f24; color: #ffffff; }
      .change-expired-waiver { border-style: dashed; color: var(--poor); border-color: var(--poor); }
      .change-fixed { color: var(--good); border-color: var(--good); }
      .waiver-active { background: #e6f4ea; color: #14532d; }
      .waiver-expired { background: #fdecea; color: #7a1010; border-color: #7a1010; }
      .change-counts { display: flex; flex-wrap: wrap; gap: 6px 22px; list-style: none; padding: 0; }

      .finding { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px;
        padding: 8px 14px; margin: 10px 0; }
      .finding.sev-critical { border-left-color: var(--critical-bg); border-left-width: 10px; }
      .finding.sev-major { border-left-color: var(--major-bg); border-left-width: 7px; }
      .finding.sev-minor { border-left-color: #d4a017; border-left-width: 4px; }
      .finding.sev-info { border-left-color: #8da2d0; border-left-style: dotted; border-left-width: 4px; }
      .finding.waived { border-style: dashed; background: #fafbfc; }
      .finding.fixed { background: #f3faf5; }
      .finding p { margin: 4px 0; }
      .finding-head .rule-id { font-weight: 700; }
      .finding-head .rule-name { font-weight: 600; }
      .subject { color: var(--muted); }
      .message { font-size: 1.02rem; white-space: pre-line; }
      dl.evidence { display: grid; grid-template-columns: max-content 1fr; gap: 0 12px; margin: 6px 0;
        font-size: 0.9em; padding: 6px 10px; background: var(--tint); border-radius: 4px; }
      dl.evidence dt { font-weight: 600; }
      dl.evidence dd { margin: 0; overflow-wrap: anywhere; }
      .waiver { padding: 4px 8px; border-radius: 4px; border: 1px solid transparent; }
      .fingerprint { font-size: 0.82em; color: var(--muted); }
      .outcome { font-weight: 600; }
      .outcome-fail { color: var(--poor); }
      .outcome-pass { color: var(--good); }
      .outcome-not-evaluable { color: var(--fair); font-style: italic; }
      .outcome-disabled { color: var(--muted); text-decoration: line-through; }
      .page-footer { color: var(--muted); font-size: 0.85em; border-top: 1px solid var(--line); margin-top: 32px; }

      @media (max-width: 720px) {
        .scores-grid, .factors { grid-template-columns: 1fr; }
      }
      @media print {
        @page { size: A4; margin: 14mm 12mm; }
        body { font-size: 10.5pt; }
        .contents { display: none; }
        .page-header, main, .page-footer { max-width: none; padding: 0; }
        main > section { break-before: page; }
        h2, h3, h4 { break-after: avoid; }
        svg, figure, tr, .finding, .key-score, .index-card, .factor, dl.provenance { break-inside: avoid; }
        .table-scroll { overflow: visible; }
        a { color: inherit; text-decoration: none; }
      }
      """;

  private HtmlStyle() {}
}
