package io.volunteerrules.core.params;

import java.util.List;

/**
 * A parameter-table format that lives in a module of its own, found with {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/io.volunteerrules.core.params.TableFormat}). YAML and CSV are
 * read by the core itself; XLSX comes with {@code volunteer-rules-spreadsheets}, so that applications
 * that never read a spreadsheet do not carry Apache POI.
 */
public interface TableFormat {

    /**
     * The file extension this format reads, in lower case without the dot.
     *
     * @return such as {@code xlsx}
     */
    String extension();

    /**
     * Reads the parameters of one table.
     *
     * @param file    name of the table, used in messages
     * @param content the file's bytes
     * @return the parameters, in the order their keys first appear
     * @throws ParameterTableException listing every problem, each naming its place in the file
     */
    List<Parameter> read(String file, byte[] content);

    /**
     * Writes parameters as a table of this format.
     *
     * @param parameters the parameters to write
     * @return the file's bytes
     */
    byte[] write(List<Parameter> parameters);
}
