package dev.cairn.generate;

import dev.cairn.CairnException;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The bound on how much one generation may produce, counted in characters rendered and bytes
 * copied over all files. A render bomb stops at the limit with an error naming the file.
 */
public final class OutputBudget {

    /** 256 MiB, the default of {@code --max-output}. */
    public static final long DEFAULT_LIMIT = 256L * 1024 * 1024;

    private final long limit;
    private long used;
    private long inserted;

    public OutputBudget(long limit) {
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** Counts {@code amount} against the budget for {@code file}. */
    public void spend(long amount, String file) {
        used += amount;
        if (used > limit) {
            throw exceeded(file);
        }
    }

    /**
     * Counts a value about to be inserted, before it is copied anywhere. Insertions are counted on
     * their own as well as in the output: a {@code #set($s = "$s$s")} doubling writes nothing, but
     * every doubling inserts the whole string twice, so it stops once the insertions pass the limit,
     * long before the string could exhaust memory.
     */
    void insert(long length, String file) {
        inserted += length;
        if (used + length > limit || inserted > limit) {
            throw exceeded(file);
        }
    }

    CairnException exceeded(String file) {
        return new CairnException(file, 0, "rendering grew past the output limit of " + human(limit),
                "the template loops or repeats without bound; raise --max-output only if the template really is this large");
    }

    static String human(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return (bytes >> 20) + " MiB";
        }
        return bytes + " bytes";
    }

    Writer guard(Writer out, String file) {
        return new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                spend(1, file);
                super.write(c);
            }

            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                spend(len, file);
                super.write(cbuf, off, len);
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                spend(len, file);
                super.write(str, off, len);
            }
        };
    }
}
