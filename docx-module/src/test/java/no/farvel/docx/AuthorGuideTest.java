package no.farvel.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.farvel.templates.Farvel;
import no.farvel.templates.spi.LetterFields;
import no.farvel.templates.spi.LetterFields.Field;
import org.junit.jupiter.api.Test;

/** The authors' guide, docs/word-packs.md, names every field a letter can use and shows pictures that are there. */
class AuthorGuideTest {
    private static final Path GUIDE = Path.of("..", "docs", "word-packs.md");
    /** The guide writes a list's element fields with the loop variable it teaches: reasons.detail as reason.detail. */
    private static final Map<String, String> LOOP_NAMES = Map.of("reasons", "reason", "steps", "step",
            "invoices", "invoice", "disputedInvoices", "invoice", "refunds", "refund", "totals", "total",
            "total.setOffs", "setOff", "payments", "payment");

    @Test
    void namesEveryFieldALetterCanUse() throws IOException {
        String guide = Files.readString(GUIDE);

        assertNamed(guide, Farvel.letterFields().fields(), "");
    }

    /** Every field that holds something (not the groups around them) is in the guide as `name`. */
    private static void assertNamed(String guide, List<Field> fields, String prefix) {
        for (Field field : fields) {
            String path = prefix + field.name();
            if (field.kind() == LetterFields.Kind.GROUP) {
                assertNamed(guide, field.fields(), path + ".");
                continue;
            }
            String written = field.kind() == LetterFields.Kind.FUNCTION ? path + "(" : path + "`";
            assertThat(guide).as("the guide names %s", path).contains("`" + written);
            if (field.kind() == LetterFields.Kind.LIST) {
                assertNamed(guide, field.fields(), LOOP_NAMES.getOrDefault(path, path) + ".");
            }
        }
    }

    @Test
    void showsPicturesThatExist() throws IOException {
        Matcher image = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)").matcher(Files.readString(GUIDE));
        int count = 0;
        while (image.find()) {
            assertThat(GUIDE.resolveSibling(image.group(1))).exists();
            count++;
        }
        assertThat(count).isEqualTo(3);
    }
}
