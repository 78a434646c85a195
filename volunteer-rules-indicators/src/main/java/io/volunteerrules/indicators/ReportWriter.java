package io.volunteerrules.indicators;

import io.volunteerrules.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a report as {@code indicators.json} and {@code indicators.html} into a folder. */
public final class ReportWriter {

    /** The JSON file's name. */
    public static final String JSON_FILE = "indicators.json";
    /** The HTML page's name. */
    public static final String HTML_FILE = "indicators.html";

    private ReportWriter() {
    }

    /** The report as indented JSON. */
    public static String json(CityIndicators report) {
        return Json.write(report);
    }

    /**
     * Writes both files, creating the folder if needed.
     *
     * @return the JSON file and the HTML page, in that order
     * @throws UncheckedIOException if a file cannot be written
     */
    public static List<Path> write(CityIndicators report, Path folder) {
        try {
            Files.createDirectories(folder);
            Path json = folder.resolve(JSON_FILE);
            Path html = folder.resolve(HTML_FILE);
            Files.writeString(json, json(report), StandardCharsets.UTF_8);
            Files.writeString(html, HtmlReport.render(report), StandardCharsets.UTF_8);
            return List.of(json, html);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + folder + ": " + e.getMessage(), e);
        }
    }
}
