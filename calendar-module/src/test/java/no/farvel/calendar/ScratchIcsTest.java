package no.farvel.calendar;

import java.nio.file.Files;
import java.nio.file.Path;
import no.farvel.templates.Farvel;
import no.farvel.templates.testing.SharedExamples;
import org.junit.jupiter.api.Test;

class ScratchIcsTest {
    @Test
    void print() throws Exception {
        Files.write(Path.of("/tmp/scratch/nb.ics"), Farvel.builder().build().caseFile(SharedExamples.read("nb-sen-betaling.json")).calendar());
        Files.write(Path.of("/tmp/scratch/en.ics"), Farvel.builder().build().caseFile(SharedExamples.read("en-scope.json")).calendar());
    }
}
