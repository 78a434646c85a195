package io.volunteerrules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.volunteerrules.core.decision.Decision;
import io.volunteerrules.core.json.Json;
import io.volunteerrules.core.request.EvaluationRequest;
import io.volunteerrules.drools.LiveRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs docs/policy-staff-guide.md: every step marked with a {@code <!-- walkthrough: ... -->}
 * comment is carried out in a scratch folder, exactly as written, and what the guide shows must be
 * what happens.
 *
 * <ul>
 *   <li>{@code run exit=N} before a shell block: each {@code $ volunteer-rules ...} line runs the
 *       tool (and must exit N); {@code $ rsync -a --delete A/ B/} makes B a copy of A.</li>
 *   <li>{@code output} before a text block: each of its lines appears in what the last command
 *       printed, {@code …} standing for any text.</li>
 *   <li>{@code edit-sheet FILE} before a csv block: the rows of the keys in the block replace those
 *       keys' rows in the spreadsheet, as staff do in LibreOffice.</li>
 *   <li>{@code edit FILE} before a diff block: the {@code -} lines are replaced by the {@code +} lines.</li>
 *   <li>{@code code REGION} before a java block: the block is region REGION of StaffGuideApp.java.</li>
 *   <li>{@code app-start DIR}, {@code app-reload accepted=B}, {@code app-restore}: the application
 *       of StaffGuideApp does it.</li>
 * </ul>
 */
class StaffGuideWalkthroughTest {

    static final Path GUIDE = Path.of("..", "docs", "policy-staff-guide.md");
    static final Path APP = Path.of("src", "test", "java", "io", "volunteerrules", "cli", "StaffGuideApp.java");
    static final Pattern STEP = Pattern.compile("<!-- walkthrough: (\\S+)(?: ([^>]*?))? -->\\s*\\n```(\\w*)\\n(.*?)\\n```",
            Pattern.DOTALL);
    static final Pattern BARE_STEP = Pattern.compile("<!-- walkthrough: (app-\\S+)(?: ([^>]*?))? -->");

    @TempDir
    Path work;

    private String lastOutput = "";
    private String firstVersion;
    private final StaffGuideApp app = new StaffGuideApp();
    private final StringBuilder transcript = new StringBuilder();

    @Test
    void the_policy_staff_guide_walkthrough_runs_as_written() throws Exception {
        String guide = Files.readString(GUIDE);
        record Step(int at, String kind, String arg, String lang, String body) {
        }
        List<Step> steps = new ArrayList<>();
        Matcher m = STEP.matcher(guide);
        while (m.find()) {
            steps.add(new Step(m.start(), m.group(1), m.group(2) == null ? "" : m.group(2).trim(), m.group(3), m.group(4)));
        }
        Matcher b = BARE_STEP.matcher(guide);
        while (b.find()) {
            steps.add(new Step(b.start(), b.group(1), b.group(2) == null ? "" : b.group(2).trim(), "", ""));
        }
        steps.sort(java.util.Comparator.comparingInt(Step::at));
        assertThat(steps).as("walkthrough steps in the guide").hasSizeGreaterThan(10);
        try {
            for (Step s : steps) {
                transcript.append("\n### ").append(s.kind()).append(' ').append(s.arg()).append('\n');
                switch (s.kind()) {
                    case "run" -> run(s.body(), exitOf(s.arg()));
                    case "output" -> checkOutput(s.body());
                    case "edit-sheet" -> editSheet(work.resolve(s.arg()), s.body());
                    case "edit" -> edit(work.resolve(s.arg()), s.body());
                    case "code" -> checkCode(s.arg(), s.body());
                    case "app-start" -> {
                        app.start(work.resolve(s.arg()));
                        firstVersion = app.version();
                    }
                    case "app-reload" -> appReload(s.arg());
                    case "app-restore" -> {
                        String now = app.version();
                        app.restore();
                        assertThat(app.version()).as("restored version").isNotEqualTo(now).isEqualTo(firstVersion);
                        assertThat(app.answer(starRequest())).allSatisfy(d -> assertThat(d.ruleSetVersion()).isEqualTo(firstVersion));
                    }
                    default -> fail("unknown walkthrough step " + s.kind());
                }
            }
        } finally {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "walkthrough-transcript.txt"), transcript);
        }
    }

    private static int exitOf(String arg) {
        Matcher m = Pattern.compile("exit=(\\d+)").matcher(arg);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private void run(String block, int expectedExit) throws IOException {
        for (String line : block.lines().toList()) {
            if (!line.startsWith("$ ")) {
                continue;
            }
            List<String> words = List.of(line.substring(2).trim().split("\\s+"));
            if (words.get(0).equals("rsync")) {
                assertThat(words).hasSize(5).containsSequence("-a", "--delete");
                copy(work.resolve(words.get(3)), work.resolve(words.get(4)));
                continue;
            }
            assertThat(words.get(0)).isEqualTo("volunteer-rules");
            List<String> args = new ArrayList<>();
            for (String w : words.subList(1, words.size())) {
                args.add(isPath(w) ? work.resolve(w).toString() : w);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String prefix = work.toString() + java.io.File.separator;
            lastOutput = (out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).replace(prefix, "");
            transcript.append(line).append("\n").append(lastOutput).append("[exit ").append(exit).append("]\n");
            assertThat(exit).as("exit code of `%s`; it printed:%n%s", line, lastOutput).isEqualTo(expectedExit);
        }
    }

    private static boolean isPath(String w) {
        return !w.startsWith("-") && (w.contains("/") || w.startsWith("rules-") || w.endsWith(".html") || w.endsWith(".json"));
    }

    /** Each shown line must be printed; {@code …} stands for any text (a version hash, a count that grows). */
    private void checkOutput(String block) {
        for (String line : block.lines().toList()) {
            String l = line.strip();
            if (l.isEmpty() || l.equals("…")) {
                continue;
            }
            String regex = String.join(".*?", java.util.Arrays.stream(l.split("…", -1)).map(Pattern::quote).toList());
            assertThat(Pattern.compile(regex).matcher(lastOutput).find())
                    .as("the guide shows this line of output: %s%nbut the command printed:%n%s", l, lastOutput).isTrue();
        }
    }

    private void edit(Path file, String diff) throws IOException {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (String line : diff.lines().toList()) {
            String body = line.isEmpty() ? "" : line.substring(1);
            char c = line.isEmpty() ? ' ' : line.charAt(0);
            if (c != '+') {
                before.append(body).append('\n');
            }
            if (c != '-') {
                after.append(body).append('\n');
            }
        }
        String text = Files.readString(file);
        assertThat(text).as("%s holds the lines the guide changes", file.getFileName()).contains(before);
        Files.writeString(file, text.replace(before, after));
    }

    private void editSheet(Path xlsx, String csv) throws IOException {
        List<List<String>> rows = csv.lines().map(l -> List.of(l.split(",", -1))).toList();
        List<String> header = rows.get(0);
        List<List<String>> newRows = rows.subList(1, rows.size());
        java.util.Set<String> keys = new java.util.HashSet<>();
        newRows.forEach(r -> keys.add(r.get(header.indexOf("key"))));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("parameters");
            List<String> columns = new ArrayList<>();
            sheet.getRow(0).forEach(c -> columns.add(c.getStringCellValue()));
            int keyCol = columns.indexOf("key");
            // the first row of a key keeps its place; its later rows follow it
            int insertAt = -1;
            for (int r = sheet.getLastRowNum(); r >= 1; r--) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(keyCol) != null && keys.contains(row.getCell(keyCol).getStringCellValue())) {
                    insertAt = r;
                    if (r < sheet.getLastRowNum()) {
                        sheet.shiftRows(r + 1, sheet.getLastRowNum(), -1);
                    } else {
                        sheet.removeRow(row);
                    }
                }
            }
            assertThat(insertAt).as("the sheet has rows of %s", keys).isPositive();
            sheet.shiftRows(insertAt, Math.max(insertAt, sheet.getLastRowNum()), newRows.size());
            CellStyle dates = wb.createCellStyle();
            dates.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int i = 0; i < newRows.size(); i++) {
                Row row = sheet.createRow(insertAt + i);
                for (int c = 0; c < header.size(); c++) {
                    String v = newRows.get(i).get(c).strip();
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(columns.indexOf(header.get(c)));
                    if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        cell.setCellValue(java.time.LocalDate.parse(v));
                        cell.setCellStyle(dates);
                    } else if (v.matches("-?\\d+(\\.\\d+)?")) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
    }

    private void checkCode(String region, String block) throws IOException {
        String source = Files.readString(APP);
        Matcher m = Pattern.compile("// region " + Pattern.quote(region) + "\\n(.*?)\\n\\s*// endregion", Pattern.DOTALL)
                .matcher(source);
        assertThat(m.find()).as("region %s in StaffGuideApp.java", region).isTrue();
        assertThat(normalise(block)).isEqualTo(normalise(m.group(1)));
    }

    private static String normalise(String code) {
        List<String> lines = code.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList()).strip();
    }

    private void appReload(String arg) throws IOException {
        boolean expected = !arg.contains("accepted=false");
        String before = app.version();
        LiveRules.Change change = app.reload();
        transcript.append("reload: ").append(change).append('\n');
        assertThat(change.accepted()).as("reload accepted; problems: %s", change.problems()).isEqualTo(expected);
        List<Decision> decisions = app.answer(starRequest());
        assertThat(decisions).allSatisfy(d -> assertThat(d.ruleSetVersion()).isEqualTo(app.version()));
        if (expected) {
            assertThat(app.version()).isNotEqualTo(before);
        } else {
            assertThat(app.version()).isEqualTo(before);
        }
        lastOutput = decisions.toString();
    }

    /** A request of the star scenarios (the first that expects decisions), to ask the running application. */
    private EvaluationRequest starRequest() throws IOException {
        Path file = work.resolve("rules-draft/stars/stars.scenarios.yaml");
        for (io.volunteerrules.core.scenario.Scenario s : io.volunteerrules.core.scenario.ScenarioLoader.read(
                file.getFileName().toString(), Files.readString(file))) {
            if (!s.expectsError()) {
                return Json.yamlMapper().treeToValue(s.request(), EvaluationRequest.class);
            }
        }
        throw new AssertionError("no star scenario expects decisions");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // a file the source no longer has must go too (a table converted to a spreadsheet)
        try (Stream<Path> s = Files.walk(to)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!Files.exists(from.resolve(to.relativize(p).toString()))) {
                    Files.delete(p);
                }
            }
        }
    }
}
