package org.mutuality.cli;

import java.io.IOException;
import java.io.Writer;
import org.mutuality.report.CsvReportWriter;
import org.mutuality.report.HtmlReportWriter;
import org.mutuality.report.JsonReportWriter;
import org.mutuality.report.JunitReportWriter;
import org.mutuality.report.MarkdownReportWriter;
import org.mutuality.report.ReportView;

/** The report files an audit can write, each with its file name in the output folder. */
enum ReportFormat {
  JSON("mutuality-report.json") {
    @Override
    void write(ReportView view, Writer out) throws IOException {
      new JsonReportWriter().write(view, out);
    }
  },
  MD("mutuality-report.md") {
    @Override
    void write(ReportView view, Writer out) throws IOException {
      new MarkdownReportWriter().write(view, out);
    }
  },
  HTML("mutuality-report.html") {
    @Override
    void write(ReportView view, Writer out) throws IOException {
      new HtmlReportWriter().write(view, out);
    }
  },
  JUNIT("mutuality-report.junit.xml") {
    @Override
    void write(ReportView view, Writer out) throws IOException {
      new JunitReportWriter().write(view, out);
    }
  },
  CSV("mutuality-report.csv") {
    @Override
    void write(ReportView view, Writer out) throws IOException {
      new CsvReportWriter().write(view, out);
    }
  };

  private final String fileName;

  ReportFormat(String fileName) {
    this.fileName = fileName;
  }

  String fileName() {
    return fileName;
  }

  abstract void write(ReportView view, Writer out) throws IOException;
}
