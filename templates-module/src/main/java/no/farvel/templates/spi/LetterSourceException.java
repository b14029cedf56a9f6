package no.farvel.templates.spi;

import java.util.List;
import java.util.stream.Collectors;

/** A source file that cannot be compiled, with every fault found in it. */
public class LetterSourceException extends RenderException {
    private static final long serialVersionUID = 1L;

    /** The file named by its pack path, each problem located in the author's terms. */
    private final String path;
    private final List<Problem> problems;

    public LetterSourceException(String pack, String path, List<Problem> problems) {
        super("Pack '" + pack + "', " + path + ", " + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("; ")));
        this.path = path;
        this.problems = List.copyOf(problems);
    }

    /** The source file's path in the pack. */
    public String path() {
        return path;
    }

    /** Every fault, in the order they appear in the source. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * One fault.
     *
     * @param location where it is, as the author sees the source: {@code paragraph 12 on page 2 («…»)}
     * @param message what is wrong and what to do
     */
    public record Problem(String location, String message) {
        @Override
        public String toString() {
            return location + ": " + message;
        }
    }
}
