package io.volunteerrules.spreadsheets;

import io.volunteerrules.core.params.Parameter;
import io.volunteerrules.core.params.TableFormat;
import java.util.List;

/** XLSX parameter tables as a {@link TableFormat}, found by {@link java.util.ServiceLoader}. */
public final class XlsxTableFormat implements TableFormat {

    /** Called by {@link java.util.ServiceLoader}. */
    public XlsxTableFormat() {
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public List<Parameter> read(String file, byte[] content) {
        return XlsxTables.readXlsx(file, content);
    }

    @Override
    public byte[] write(List<Parameter> parameters) {
        return XlsxTables.writeXlsx(parameters);
    }
}
