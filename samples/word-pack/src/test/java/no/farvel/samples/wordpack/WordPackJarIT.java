package no.farvel.samples.wordpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.farvel.templates.pack.PackOptions;
import no.farvel.templates.pack.PackReport;
import no.farvel.templates.pack.PackVerifier;
import no.farvel.templates.pack.Packs;
import org.junit.jupiter.api.Test;

/** The packaged jar, the artifact a repository serves, is a complete Word pack read in place. */
class WordPackJarIT {

    @Test
    void thePackagedJarVerifiesClean() throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jars = files.filter(f -> f.getFileName().toString().matches("farvel-word-pack-[^-]+(-SNAPSHOT)?\\.jar"))
                    .toList();
        }
        assertThat(jars).hasSize(1);

        PackReport report = PackVerifier.verify(Packs.open(jars.get(0).toString(), PackOptions.defaults()));

        assertThat(report.problems()).isEmpty();
        assertThat(Packs.load(jars.get(0).toString(), PackOptions.defaults()).name()).isEqualTo("word-pack");
    }
}
