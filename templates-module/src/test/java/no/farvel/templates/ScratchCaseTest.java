package no.farvel.templates;

import java.nio.file.Files;
import java.nio.file.Path;
import no.farvel.core.Termination;
import no.farvel.localization.LetterLocale;
import no.farvel.templates.testing.SharedExamples;
import org.junit.jupiter.api.Test;

class ScratchCaseTest {
    @Test
    void print() throws Exception {
        for (String f : new String[] {"nb-sen-betaling.json", "nn-trakassering.json", "en-scope.json"}) {
            Termination t = SharedExamples.read(f);
            CaseFile c = Farvel.builder().allowFindings().build().caseFile(t);
            Path dir = Path.of("/tmp/scratch/" + t.id());
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("memo.txt"), c.memo().text());
            Files.write(dir.resolve("memo.pdf"), c.memo().pdf());
            Files.writeString(dir.resolve("replies.txt"), c.repliesDocument().text());
            Files.writeString(dir.resolve("debrief.txt"), c.debrief().text());
            StringBuilder r = new StringBuilder();
            for (Reply reply : c.replies()) {
                r.append("=== ").append(reply.kind()).append(" ").append(reply.title()).append("\n").append(reply.text())
                        .append("findings: ").append(reply.findings()).append("\n");
            }
            Files.writeString(dir.resolve("reply-all.txt"), r);
            StringBuilder e = new StringBuilder();
            c.followUps().events().forEach(ev -> e.append(ev).append("\n"));
            Files.writeString(dir.resolve("events.txt"), e);
        }
    }
}
